def f(cmd):
    match cmd:
        case [x, y] if (z := x):
            return x, y, z
        case {"k": v, **rest}:
            return v, rest
        case C(a, b=[*more]) | D(more, b=a):
            return a, more
        case Point(x=px) as p:
            return lambda: px + p
        case _:
            w = 1
    return w
