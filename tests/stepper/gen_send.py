# send() resumes a generator with a value: it is what the yield gives.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
next(acc)
acc.send(10)
acc.send(32)
try:
    acc.send(None)
except StopIteration as stop:
    print("total", stop.value)
