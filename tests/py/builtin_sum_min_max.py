print(sum([]), sum([1, 2, 3], 10), sum([[1], [2]], []), sum(x * x for x in range(4)))
print(sum([0.1] * 10), sum([1, 2.5]), sum(range(101)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(3, 1, 2), max(3, 1, 2), min([5], default=0), max([], default="none"))
print(max([1, 3, 3, 2], key=lambda v: -v), min("bca"), max((1, "b"), (1, "a")))
print(max([(2, "x"), (2, "y")], key=lambda t: t[0]))
for f in (min, max):
    try:
        f([])
    except ValueError as e:
        print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)
