# Traceback carets of a BinOp / Compare whose left operand is parenthesized:
# the node (and the ~~~ under it) starts at the '(' as in CPython.
def scale(a, b, c):
    return (a + b) * c


def check(a, b):
    return (a) < (b) <= 3


print(scale(1, 2, 3))
print(check(1, 2))
try:
    check(1, None)
except TypeError as e:
    print("TypeError:", e)
result = [scale(1, 2, None)]
