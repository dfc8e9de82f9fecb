import inspect
def g():
    try:
        print("started")
        yield 1
    finally:
        print("finally")
a = g()
print(a.close())
print(inspect.getgeneratorstate(a))
print(next(a, "exhausted"))
b = g()
print(list(b))
print(b.close(), inspect.getgeneratorstate(b))
b.close()
c = g()
next(c)
c.close()
c.close()
print(inspect.getgeneratorstate(c))
def returns_in_finally():
    try:
        yield 1
    finally:
        return "ignored"
d = returns_in_finally()
next(d)
print(d.close())
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
e = catches()
next(e)
e.close()
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
f = raises_other()
next(f)
try:
    f.close()
except ValueError as err:
    print("ValueError:", err)
