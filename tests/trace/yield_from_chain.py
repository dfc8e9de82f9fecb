def leaf():
    got = yield "leaf-1"
    return got


def middle():
    r = yield from leaf()
    return r + 1


def top():
    r = yield from middle()
    yield r


t = top()
print(next(t))
print(t.send(10))
