def g():
    x = yield 1
    print("got", x)

it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(it))
try:
    it.send(7)
except StopIteration as e:
    print("stop", e.value)
