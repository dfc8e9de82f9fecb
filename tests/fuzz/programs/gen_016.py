# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**6)
e = None
for i in range(1001):
    try:
        raise ValueError(i)
    except Exception as x:
        e = x
raise e
