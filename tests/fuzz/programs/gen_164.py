# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    n = 20000
    s = '[x for x in ' * n + '[1]' + ']' * n
    print(len(s))
    print(eval(s) == eval(s))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
