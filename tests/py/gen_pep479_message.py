def g():
    yield 1
    next(iter([]))
    yield 2
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__), e.__cause__ is e.__context__)
def h():
    yield 1
    raise StopIteration("explicit")
it = h()
next(it)
next(it)
