i = 0
while True:
    print("line", i)
    i += 1
