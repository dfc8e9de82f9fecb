def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

g = 10
def setg():
    global g
    g = 20

i = make(); i(); print(i(), (lambda x, *y, **z: (x, y, z))(1, 2, k=3))
setg(); print(g)
