def g(s):
    global G
    match s:
        case G:
            pass
    def h():
        nonlocal_ = 1
        match s:
            case ([q] | (q, 1)):
                return q
    return h
