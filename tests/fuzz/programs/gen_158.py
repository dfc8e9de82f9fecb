# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(50)
def chunk():
    print('%.*f' % (10, 1.0)[:5])
    print(str(2**63)[:5])
    yield
for _ in chunk():
    pass
