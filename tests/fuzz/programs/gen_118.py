# proggen: max-steps 200000 max-memory 268435456
import sys
for _ in range(2):
    n = 2000
    s = '[x for x in ' * n + '[1]' + ']' * n
    print(len(s))
    print(eval(s, {}) is not None)
