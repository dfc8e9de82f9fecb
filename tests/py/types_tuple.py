# tuple: repr, hash, comparisons, methods
t = (1, "a", 2.5)
print(t, (1,), (), t[1:], t + (3,), t * 2, (1, 2) < (1, 3), (1, 2) == (1, 2))
print(hash((1, 2)), hash(()), hash((1, (2, "x"))), t.index("a"), t.count(1))
for expr in ["()[0]", "(1,).index(2)", "(1,) + [1]", "hash((1, []))"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
