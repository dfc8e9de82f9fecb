import inspect

def g():
    try:
        yield 1
    finally:
        print("never printed")

it = g()
try:
    it.throw(RuntimeError("early"))
except RuntimeError as e:
    print("raised", e)
print(inspect.getgeneratorstate(it))
