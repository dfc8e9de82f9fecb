# The messages of calls that cannot be made, as CPython's call machinery
# words them (the callee named with its module).
def f(*a, **k):
    return a, k


class C:
    def m(self, *a):
        return a


cases = [
    lambda: f(*1),
    lambda: f(1, *1),
    lambda: print(*1),
    lambda: C().m(*1),
    lambda: f(**1),
    lambda: f(x=1, **{'x': 2}),
    lambda: f(**{'x': 1}, **{'x': 2}),
    lambda: print(**{'sep': 1}, **{'sep': 2}),
    lambda: [*1],
    lambda: {**1},
    lambda: f(**{1: 2}),
    lambda: len(*1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
print(f(1, *[2, 3], x=4, **{'y': 5}))
print(C().m(*range(3)))
print(f(*(i for i in range(3))))
