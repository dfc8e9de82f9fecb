match x:
    case True | False | None:
        pass
