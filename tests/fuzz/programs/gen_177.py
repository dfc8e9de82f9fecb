# proggen: max-steps 200000 max-memory 33554432
import sys
def chunk():
    e = None
    for i in range(50000):
        try:
            try:
                1 / 0
            finally:
                raise ValueError(i)
        except Exception as x:
            e = x
    print(type(e).__name__)
chunk()
try:
    x = [[0] * 3] * 2
    del x
    print(len(list(x)))
finally:
    print('finally')
def chunk():
    def g():
        return
        yield
    def g2():
        yield 0
    gens = []
    for i in range(10000):
        x = g()
        x.send(None)
        gens = [x, gens]
    print(len(gens))
chunk()
