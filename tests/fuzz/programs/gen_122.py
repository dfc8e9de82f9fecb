# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
def chunk():
    x = [None] * 1 * 1
    print(x[-1:])
    print(x == x[:])
chunk()
