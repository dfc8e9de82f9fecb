def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "done"

gen = countdown(3)
print(next(gen))
print(gen.send(10))
try:
    while True:
        next(gen)
except StopIteration as e:
    print(e.value)
