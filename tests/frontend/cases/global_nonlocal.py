x = 0
def f():
    global x
    x = 1
    y = 2
    def g():
        nonlocal y
        y = 3
    return g
