match x if y else z:
    case 1:
        pass
