# Driving an async generator by hand: each __anext__()/asend(v) is an
# awaitable whose StopIteration carries the value the generator yielded.
async def counter(n):
    print("start")
    for i in range(n):
        got = yield i
        print("got", got)
    print("end")


g = counter(3)
step = g.__anext__()
print(type(step).__name__)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value, e.args)

step = g.asend("hello")
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value)

try:
    g.asend("world").__next__()
except StopIteration as e:
    print("yielded", e.value)

try:
    g.__anext__().send(None)
except StopAsyncIteration as e:
    print("finished:", repr(e), e.args)

try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("still finished")
print(g.ag_frame)
