# Suspended generators dropped with a list or tuple are closed last item
# first, as CPython's list/tuple deallocation and list.clear() do.
def g(n):
    try:
        yield n
    finally:
        print("finally", n)
def started(n):
    x = g(n); next(x); return x
a = [started(i) for i in range(3)]
a.clear()
print("--")
b = [started(i) for i in range(3)]
del b
print("--")
c = tuple(started(i) for i in range(3))
del c
print("--")
d = [started(i) for i in range(4)]
del d[1:3]
print("--")
d = None
print("end")
