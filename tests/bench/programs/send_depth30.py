# The same N send() calls, made from inside 30 nested Python calls.
def echo():
    total = 0
    while True:
        x = yield total
        total += x

def drive(g, n):
    for i in range(n):
        g.send(i)
    return g.send(0)

def nest(depth, g, n):
    if depth == 0:
        return drive(g, n)
    return nest(depth - 1, g, n)

g = echo()
next(g)
print(nest(30, g, N))
