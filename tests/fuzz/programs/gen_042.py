# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
m = iter([1])
for i in range(2):
    m = map(abs, m)
del m
print('freed')
