# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
w = lambda a, i: (i, a)
a = []
b = {}
for i in range(2):
    a = w(a, i)
    pass
print(len(str(a)))
print(a.__repr__()[:10])
def chunk():
    s = '%s' % ('z' * 0)
    print(s.find('', 100000))
    print(len(s.split('a')))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
