def sub(n):
    total = 0
    for i in range(n):
        got = yield i
        total += got or 0
    return total
def main():
    a = yield from sub(2)
    print("sub returned", a)
    b = yield from sub(0)
    print("empty sub returned", b)
    c = yield from []
    print("list returned", c)
    return a
it = main()
print(next(it), it.send(10), end=" ")
try:
    it.send(5)
except StopIteration as e:
    print("result", e.value)
def ret_only():
    return "only"
    yield
def wrap():
    r = yield from ret_only()
    yield r
print(list(wrap()))
def raises():
    raise StopIteration("x") if False else ValueError("sub failed")
    yield
def wrap2():
    try:
        yield from raises()
    except ValueError as e:
        yield "caught " + str(e)
print(list(wrap2()))
