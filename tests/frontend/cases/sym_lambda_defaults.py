y = 1
f = lambda a, b=y: a + b + z
def g(p):
    return lambda q: p + q
