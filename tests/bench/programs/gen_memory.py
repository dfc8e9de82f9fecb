# N generators, each started and left suspended at its first yield.
def g(i):
    yield i
    yield i + 1

gens = []
for i in range(N):
    it = g(i)
    next(it)
    gens.append(it)
print(len(gens))
