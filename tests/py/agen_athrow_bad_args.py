# athrow() checks its arguments only when the awaitable is first sent to.
async def g():
    yield 1


t = g().athrow()
print(type(t).__name__)
try:
    t.send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    g().athrow(1).send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    g().athrow(ValueError, 1, 2).send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    g().athrow(ValueError("x"), 1).send(None)
except TypeError as e:
    print("TypeError:", e)
