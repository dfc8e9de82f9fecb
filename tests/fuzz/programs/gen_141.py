# proggen: max-steps 200000 max-memory 268435456
import sys
n = 3000
s = 'f(' * n + ')' * n
print(len(s))
print(eval(s, {}) is not None)
