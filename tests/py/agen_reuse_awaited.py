# An asend/athrow awaitable is good for one await.
async def g():
    yield 1
    yield 2


a = g()
s = a.__anext__()
try:
    s.send(None)
except StopIteration as e:
    print("yielded", e.value)
for call in (lambda: s.send(None), lambda: s.throw(ValueError), s.__next__):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

t = a.aclose()
try:
    t.send(None)
except StopIteration:
    print("closed")
for call in (lambda: t.send(None), lambda: t.throw(ValueError), t.__next__):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

u = g().__anext__()
print(u.close())
try:
    u.send(None)
except RuntimeError as e:
    print("after close():", e)
v = g().aclose()
print(v.close())
try:
    v.send(None)
except RuntimeError as e:
    print("after close():", e)
