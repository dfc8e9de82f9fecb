def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8, d=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))

def g(x, y):
    return x - y
print(g(y=1, x=10))
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(1, 2, z=3),
             lambda: f(1), lambda: g(), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def h(a, /, b):
    return a + b
try:
    h(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
def k(a, b=1, *, c):
    pass
try:
    k(1, 2, 3, c=4)
except TypeError as e:
    print("TypeError:", e)
