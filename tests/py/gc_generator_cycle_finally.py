# A generator suspended inside a cycle: the collector finalises it (its
# finally block runs), as CPython does.
import gc
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
class Holder:
    pass
h = Holder()
h.g = gen("a")
h.g.__next__()
h.me = h
del h
print("before")
print(gc.collect())
print("after")
def selfref():
    g = gen("b")
    next(g)
    l = [g]
    l.append(l)
selfref()
print(gc.collect())
def g2():
    me = yield
    try:
        yield 5
    finally:
        print("g2 finally")
x = g2(); next(x); x.send(x)
del x
print(gc.collect())
