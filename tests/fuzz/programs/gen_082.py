# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    def g():
        return
        yield
    def g2():
        yield 0
    gens = []
    while True:
        gens.append((j for j in range(i)))
    print(len(gens))
    print(sum(1 for x in gens for _ in x))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
e = ExceptionGroup('g', [TypeError()])
for i in range(20000):
    e = ExceptionGroup('g', [e, KeyError(i)])
print(e.split(lambda x: isinstance(x, KeyError))[1] is None)
