def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError("instance"))
it.throw(KeyError, "value")
it.throw(KeyError, ("a", "b"))
it.throw(TypeError, TypeError("ti"))
try:
    it.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(ValueError("v"), ValueError("w"))
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(ValueError, "x", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit escaped")
print(it.gi_frame is None)
