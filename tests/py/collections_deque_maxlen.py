# deque(maxlen=N): a bounded window that drops from the opposite end
from collections import deque

last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft('L')
print(last3, last3.maxlen)
last3.extendleft(['x', 'y'])
print(last3)
print(deque(range(10), maxlen=4))
print(deque([1, 2], maxlen=0))
z = deque('abc', 3)
print(z * 2, z + deque('d'), z.copy())
try:
    z.insert(0, 'q')
except IndexError as e:
    print(type(e).__name__, e)

def tail(lines, n=2):
    return deque(lines, maxlen=n)

print(list(tail(['one', 'two', 'three', 'four'])))
