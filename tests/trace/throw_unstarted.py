def g():
    yield 1


it = g()
try:
    it.throw(ValueError("early"))
except ValueError:
    print(it.gi_frame)
it.close()
