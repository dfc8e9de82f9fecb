def side(tag, value):
    print("eval", tag)
    return value
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", False) else side("b", 2))
n = 5
print("big" if n > 10 else "medium" if n > 3 else "small")
print([x if x % 2 else -x for x in range(5)])
f = lambda v: "yes" if v else "no"
print(f(0), f([1]))
print((1 if True else 2) + 10)
