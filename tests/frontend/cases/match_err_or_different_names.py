match x:
    case [a, 1] | [1, b]:
        pass
