match x:
    case {f"a": 1}:
        pass
