match x:
    case [1, 2, x]:
        pass
    case 2:
        await y
