def g():
    pass
g()
