def f(a, *args, b, **kw):
    z = 1
    y = z
    def g():
        return a + y
    x = [y for y in args]
    return g, x
