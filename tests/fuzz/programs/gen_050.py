# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
def chunk():
    v0 = 0
    v1 = 1
    print(v0)
    yield
for _ in chunk():
    pass
try:
    e = None
    for i in range(1000):
        try:
            raise (e or ValueError)(i) if False else KeyError(i) from None
        except Exception as x:
            e = x
    del e
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
