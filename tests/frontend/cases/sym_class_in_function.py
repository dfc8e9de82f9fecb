def f():
    v = 1
    class C:
        w = v
        def m(self):
            return v
    return C
