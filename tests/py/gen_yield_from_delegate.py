def inner():
    try:
        while True:
            v = yield
            print("inner got", v)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "after-throw"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
next(g)
g.send(1)
g.send(2)
print(g.throw(KeyError("k")))
print(g.gi_yieldfrom)
g.close()
print(g.gi_yieldfrom)
g = outer()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))
