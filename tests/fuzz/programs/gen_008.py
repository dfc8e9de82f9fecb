# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
try:
    s = 'x'.rjust(100000) + 'y'.rjust(100000)
    print(s.find('', 3000))
    print(len(f'{s!r:>9}'))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
import json
w = lambda a, i: [a, [a]]
a = []
b = a
for i in range(100):
    a = w(a, i)
    b = w(b, i + 0)
print(repr(a) == repr(b))
print(a.__repr__()[:10])
try:
    x = [[0] * 100] * 65536
    print(list(reversed(x))[:1])
    print(sorted(x)[:1])
except Exception as e:
    print('caught', type(e).__name__)
