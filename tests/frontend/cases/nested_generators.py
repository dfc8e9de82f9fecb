def outer():
    def inner():
        yield 1
    yield from inner()
    return [x for x in (y for y in inner())]
g = (x * 2 for x in range(3))
