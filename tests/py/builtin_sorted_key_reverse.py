data = [("b", 2), ("a", 3), ("c", 1), ("a", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, reverse=True))
print(sorted("Banana", key=str.lower))
print(sorted({"x": 1, "y": 2}), sorted((3, 1, 2)), sorted([]))
stable = sorted(["bb", "a", "cc", "d"], key=len, reverse=True)
print(stable)
lst = [3, 1, 2]
out = sorted(lst)
print(out, lst, out is lst)
print(sorted([True, False, 0, 1]))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print("TypeError:", e)
