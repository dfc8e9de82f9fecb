def g(tag):
    try:
        yield 1
    finally:
        print("fin", tag)
def f():
    it = g("frame in traceback")
    next(it)
    raise ValueError
try:
    f()
except ValueError:
    print("caught")
print("after")
def f2():
    it = g("bound as e")
    next(it)
    raise KeyError
try:
    f2()
except KeyError as e:
    print("caught as e")
print("after 2")
def loop():
    for i in range(3):
        yield i
def user():
    for x in loop():
        if x == 1:
            return x
print(user())
def nested_drop():
    outer = (y for y in g("genexpr-inner"))
    next(outer)
    print("dropping outer")
nested_drop()
print("end")
