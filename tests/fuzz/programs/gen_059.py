# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
try:
    def g():
        yield 1
        yield 2
    def g2():
        yield 0
    gens = []
    for i in range(65536):
        x = g()
        next(x)
        gens.append(x)
    print(len(gens))
    gens.clear()
finally:
    print('finally')
try:
    e = ValueError('leaf')
    for i in range(5000):
        e = ExceptionGroup('g', [e] + [ValueError(j) for j in range(i % 20)])
    del e
finally:
    print('finally')
