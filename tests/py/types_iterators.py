# builtin iterator classes: enumerate, zip, map, filter, reversed
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "x"])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
