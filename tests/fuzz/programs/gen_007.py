# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    x = {i: i for i in range(0)}
    print(x == x[:])
    print(list(reversed(x))[:1])
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
