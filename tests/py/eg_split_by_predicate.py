# split(function) calls it on the group first, then on each member in
# order, groups before their members; a bad condition is a TypeError.
eg = ExceptionGroup("outer", [
    ValueError(1),
    ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
])

def cond(e):
    print("  called with", repr(e))
    return isinstance(e, ValueError) and e.args[0] > 1

print(eg.split(cond))
print(eg.split(lambda e: True)[0] is eg)
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

class Holder:
    def method(self, e):
        return True

for bad in (len, Holder().method, [ValueError], (ValueError, 1), "ValueError", 5):
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)

for args in ((), (ValueError, TypeError)):
    try:
        eg.split(*args)
    except TypeError as e:
        print(len(args), "arguments ->", e)

try:
    eg.split(lambda e: 1 / 0 if isinstance(e, TypeError) else False)
except ZeroDivisionError as e:
    print("the condition raised:", e)
