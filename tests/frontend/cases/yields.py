def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    y = yield from other()
    z = (yield)
    w = (yield x) + 1
    f((yield))
    yield from (yield)
    return x
