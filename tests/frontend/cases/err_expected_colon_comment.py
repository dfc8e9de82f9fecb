if x == 1  # check
    pass
