def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 3, 5]))
print(all(noisy(v) for v in [1, 0, 5]))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", [1, 2])), list(zip()), list(zip([1])))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip(["k1", "k2"], [10, 20])))
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(reversed("abc")))
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
