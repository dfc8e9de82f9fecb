match x:
    case C(1,):
        pass
    case C(a=1,):
        pass
    case a.b.C():
        pass
