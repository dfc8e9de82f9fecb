# A generator driven by N send() calls from module level (depth 0).
def echo():
    total = 0
    while True:
        x = yield total
        total += x

g = echo()
next(g)
for i in range(N):
    g.send(i)
print(g.send(0))
