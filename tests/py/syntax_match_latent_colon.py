def match(x):
    return x
match(1)
x = = 2
