def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner caught KeyError")
        yield 3
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

it = outer()
print(next(it))
print(it.throw(KeyError))
it.close()
print("done")
