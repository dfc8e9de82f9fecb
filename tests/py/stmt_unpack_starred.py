a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2}, {*[1, 1, 2]})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
s = t = 7
print(s, t)
