def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
a = g("reassigned")
next(a)
print("before reassign")
a = g("new")
print("after reassign")
def f():
    local = g("end of function")
    next(local)
    print("f returning")
f()
print("after f")
b = g("del")
next(b)
del b
print("after del")
c = g("never started")
c = None
print("unstarted drop printed nothing")
lst = [g("in list")]
next(lst[0])
lst.clear()
print("after clear")
d = g("exhausted")
print(list(d))
d = None
print("after exhausted drop")
def keep():
    e = g("escape via return")
    next(e)
    return e
kept = keep()
print("kept alive")
kept = 0
print("end")
last = g("at exit")
next(last)
