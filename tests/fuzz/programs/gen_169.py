# proggen: max-steps 200000 max-memory 268435456
import sys
s = '\n'.join(['line'] * 4096)
print(len(ascii(s)))
print(len(s.upper()))
for _ in range(2):
    import itertools
    m = range(3)
    for i in range(50000):
        m = zip(*[m])
    print(len(list(m)))
