print(list(), list("ab"), list(range(3)), list({"a": 1}), list((x for x in [1, 2])))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0))
print(tuple(), tuple([1, 2]), tuple("hi"), set(), set("aab") == {"a", "b"}, sorted(set([3, 1, 3])))
print(str(), str(12), str(1.0), str([1, "a"]), str(None), str(True))
print(int(), int("42"), int(" -7 "), int("ff", 16), int("0x1f", 0), int("1_000"), int(3.99), int(-3.99), int(True))
print(float(), float("1.5"), float(" 2 "), float("inf"), float("-inf"), float("nan"), float(3), float("1e-3"))
print(bool(), bool(0), bool(""), bool([]), bool({}), bool(None), bool(0.0), bool("x"), bool([0]))
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), range(3), len(range(0, 10, 3)))
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(repr(1.0), repr("a'b"), repr('a"b'), repr([None]), repr({1: (2,)}))
print(len("한글"), len([1, 2]), len({"a": 1}), len(range(10)), len(()))
for bad in ["12a", "", "1.5"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
