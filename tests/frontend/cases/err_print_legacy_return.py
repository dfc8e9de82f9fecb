def f():
    return print x
