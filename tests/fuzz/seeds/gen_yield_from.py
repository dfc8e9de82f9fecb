def inner():
    r = yield 1
    yield r
    return 42

def outer():
    v = yield from inner()
    print('got', v)

g = outer()
print(next(g))
print(g.send('hi'))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
