match x:
    case match.case:
        pass
    case case(match=1):
        pass
    case match:
        pass
