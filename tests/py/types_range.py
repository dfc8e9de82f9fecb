# range: len, index, contains, reversed, repr, slicing
r = range(0, 20, 3)
print(r, range(5), len(r), r[2], r[-1], r[1:4], r[::-1], list(r[::2]), 9 in r, 10 in r)
print(r.index(9), r.count(9), list(reversed(range(4))), range(0) == range(5, 2), bool(range(0)))
print(list(range(10, 0, -3)), list(range(-3)), range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)))
for expr in ["range(0)[1]", "range(1, 2, 0)", "range(1.5)", "r.index(4)"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
