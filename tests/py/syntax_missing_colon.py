print("start")
if True
    print("x")
