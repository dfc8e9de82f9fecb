for i in range(3):
    if i == 5:
        break
else:
    print("for else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
    if n == 2:
        continue
    print("n", n)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
first, *rest = "hello"
print(first, rest)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1]
except ValueError as e:
    print("ValueError:", e)
lst = [1, 2, 3]
lst[0] += 10
del lst[1]
print(lst)
d = {"a": 1}
d["b"] = d.get("a", 0) + 1
del d["a"]
print(d)
assert len(d) == 1, "one key"
try:
    assert False, "boom"
except AssertionError as e:
    print("AssertionError:", e)
print(1 < 2 < 3, 3 > 2 > 2, 1 if 0 else 2, (y := 7) + y)
