# Sending a value into a generator that has not started is an error.
async def g():
    yield 1


try:
    g().asend(5).send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    g().__anext__().send(5)
except TypeError as e:
    print("TypeError:", e)
t = g().athrow(ValueError)
try:
    t.send(5)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.send(None)
except ValueError:
    print("the same athrow() awaitable can still start: ValueError")
