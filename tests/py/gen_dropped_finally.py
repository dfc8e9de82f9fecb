def g():
    try:
        yield 1
    finally:
        print("finally runs when dropped")

def f():
    it = g()
    next(it)
    print("leaving f")

f()
print("after f")
it = g()
next(it)
it = None
print("end")
