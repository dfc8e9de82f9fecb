match x:
    case a.b.c | (1 as c) | d:
        pass
