# Containers that contain themselves print as CPython does ([...], {...});
# a deeply nested structure is a RecursionError in repr and frees cleanly.
a = []
a.append(a)
print(a, repr(a), str(a), len(a))
d = {}
d["self"] = d
print(d)
b = [1, (2, a), {"d": d}]
print(b)
c = [a, a]
print(c)
t = ([],)
t[0].append(t)
print(t)
print(f"{a!r} {d}")
x = []
for i in range(100000):
    x = [x]
try:
    print(repr(x)[:10])
except RecursionError as e:
    print("deep repr:", e)
try:
    print(x == x[0])
except RecursionError as e:
    print("deep compare:", e)
del x
print("freed")
