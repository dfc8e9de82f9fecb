# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
def chunk():
    x = [()] * -10**7
    y = x
    y += y
    print(len(y))
    print(len(x))
    yield
for _ in chunk():
    pass
