match x
    pass
