def order(s):
    match s:
        case [b, a] | [a, b]:
            pass
        case {"x": c, "y": ([d] | {0: d})}:
            pass
