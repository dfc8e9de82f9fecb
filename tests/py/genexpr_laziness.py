def noisy(tag, v):
    print("eval", tag, v)
    return v
ge = (noisy("elt", x) for x in noisy("outer", [1, 2]) if noisy("cond", x))
print("created")
print(next(ge))
print("between")
print(list(ge))
nested = ((x, y) for x in range(2) for y in noisy("inner-iter", "ab"))
print("nested created")
print(list(nested))
try:
    bad = (1 / x for x in [1, 0])
    print("no error yet")
    print(list(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in None)
except TypeError as e:
    print("TypeError:", e)
g = (i for i in range(3))
print(type(g).__name__, iter(g) is g, next(g), list(g), list(g))
