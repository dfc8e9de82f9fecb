# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
def chunk():
    x = list(range(10**7))
    print(x.count(x[0]) if x else 0)
    print(len(x))
chunk()
def chunk():
    x = [None] * 3 * 2
    print(hash(str(x)[:10]))
    print(len(x[1000:]))
    yield
for _ in chunk():
    pass
