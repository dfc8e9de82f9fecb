class K:
    match v:
        case [a, *b]:
            pass
        case {1: c} as d:
            pass
