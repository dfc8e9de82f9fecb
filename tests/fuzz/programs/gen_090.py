# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
def chunk():
    y = frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([1])])])])])])])])])])
    print(type(y).__name__)
    yield
for _ in chunk():
    pass
def chunk():
    def g():
        yield from g2()
    def g2():
        yield 0
    gens = []
    for i in range(500):
        gens.append(g())
    print(len(gens))
    print(sum(1 for x in gens for _ in x))
    yield
for _ in chunk():
    pass
