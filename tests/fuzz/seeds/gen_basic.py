def count(n):
    i = 0
    while i < n:
        x = yield i
        if x is not None:
            i = x
        i += 1
    return 'done'

g = count(5)
print(next(g), g.send(2), list(g))
