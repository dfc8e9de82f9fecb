match x:
    case [a, b] | [b, a]:
        pass
