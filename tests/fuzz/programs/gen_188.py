# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
x = 3
while x:
    x -= 1
    if x == 0:
        continue
    if x == 1:
        continue
    if x == 2:
        continue
    if x == 3:
        continue
    if x == 4:
        continue
    if x == 5:
        continue
    if x == 6:
        continue
    if x == 7:
        continue
    if x == 8:
        continue
    if x == 9:
        continue
print(x)
