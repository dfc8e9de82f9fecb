async def fails(x):
    return 10 / x

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value

print(run(fails(5)))
print(run(fails(0)))
