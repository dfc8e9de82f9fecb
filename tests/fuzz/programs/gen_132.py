# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
def chunk():
    e = ExceptionGroup('g', [TypeError()])
    for i in range(1):
        e = ExceptionGroup(str(i), (e,))
    raise e
    yield
for _ in chunk():
    pass
