# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    r = range(5000)
    print(tuple(r)[:1])
    print(set(r) == set())
finally:
    print('finally')
