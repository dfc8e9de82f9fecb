def g():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    yield 3


it = g()
next(it)
print(it.throw(ValueError("boom")))
it2 = g()
next(it2)
try:
    it2.throw(KeyError("k"))
except KeyError:
    print("propagated")
