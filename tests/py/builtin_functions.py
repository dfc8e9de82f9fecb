print(len([1, 2]), abs(-3), min(3, 1, 2), max([4, 9, 2]), max([], default=0))
print(sum([1, 2, 3]), sum([0.5, 0.25], 1), sorted([3, 1, 2], reverse=True))
print(list(enumerate("ab", 1)), list(zip([1, 2], "xy")), any([0, 0]), all([]))
print(round(2.675, 2), round(7), divmod(7, 2), pow(2, 10), hex(255), bin(5), oct(8))
print(chr(65), ord("가"), isinstance(1, (str, int)), issubclass(bool, int))
print(getattr(1, "real"), getattr(1, "nope", "dflt"), hasattr("", "upper"), callable(len))
print(repr("x"), str(1.5), int("42"), float("1.5"), bool([]), type(3) is int)
print(list(reversed([1, 2, 3])), list(range(10, 0, -3)), format(3.14159, ".2f"))
print(sep="-"); print(1, 2, 3, sep=", ", end="!\n")
print(max("apple", "fig", key=len), min([], default=None))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(len)
print(next(iter([5])))
it = iter([])
try:
    next(it)
except StopIteration:
    print("StopIteration")
