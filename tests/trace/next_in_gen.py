def a():
    yield "a1"


def b(src):
    v = next(src)
    yield v + "!"


print(next(b(a())))
