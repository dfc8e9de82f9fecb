# Traceback carets when an expression's first operand is parenthesized:
# CPython's Call / Subscript / Attribute nodes start at the '('.
def inner(x):
    return (x)[5]


def middle(x):
    return (inner)(x) + 1


def outer(x):
    y = (middle(x)).real
    return y


print("start")
z = [(outer)([1])]
