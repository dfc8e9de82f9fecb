def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError:", e)
