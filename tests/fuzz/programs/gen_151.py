# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(50)
def chunk():
    def g():
        yield from g2()
    def g2():
        yield 0
    gens = []
    while True:
        gens.append(g().__next__)
    print(len(gens))
    gens.clear()
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
print(max([(i, [i]) for i in range(4096)], default=None))
l = [[]] * 100
l[0].append(l)
print(len(repr(l)))
