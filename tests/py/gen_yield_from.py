def inner():
    x = yield "a"
    print("inner got", x)
    y = yield "b"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "c"

it = outer()
print(next(it))
print(it.send(1))
print(it.send(2))
print(next(it, "end"))
