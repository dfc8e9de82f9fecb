def g():
    x = yield 1
    return x


it = g()
print(next(it))
try:
    it.send(5)
except StopIteration as e:
    print("stop", e.value)
