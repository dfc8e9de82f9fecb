# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(50)
try:
    s = f'{1:>{10}}'
    print(len(s.split()))
    print(len('%r' % s))
except Exception as e:
    print('caught', type(e).__name__)
