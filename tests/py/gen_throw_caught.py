def g():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"

it = g()
next(it)
it.send(1)
print(it.throw(ValueError("bad")))
print(it.throw(ValueError))
