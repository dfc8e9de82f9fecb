def inner():
    yield 1
    raise ValueError("inside generator")
def middle():
    yield from inner()
def consume():
    for v in middle():
        print("got", v)
consume()
