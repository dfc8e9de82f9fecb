break
def f():
    nonlocal q
