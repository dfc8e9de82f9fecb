# vars(), locals() and globals().
x = 1

def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    print(vars() == locals())
    loc = locals()
    loc['c'] = 'changed'
    print(c)
    return globals() is g_ref

g_ref = globals()
print(f(1))
print(globals()['x'], 'f' in globals(), locals() is globals())
print(vars() is globals())

class K:
    y = 2
    print(sorted(k for k in locals() if not k.startswith('__') or k == '__qualname__'))
    print(locals()['__module__'], locals()['__qualname__'])

class Obj:
    def __init__(self):
        self.p = 1
        self.q = [2]
o = Obj()
print(vars(o))
vars(o)['r'] = 3
print(o.r)
print(sorted(k for k in vars(K) if not k.startswith('__')))
import math
print(vars(math)['pi'] == math.pi)

for bad in (1, 'str', [1], None):
    try:
        vars(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError:', e)

class Slots:
    __slots__ = ('a',)
try:
    vars(Slots())
except TypeError as e:
    print('TypeError:', e)

# comprehensions have their own locals
print([sorted(locals()) for i in range(1)])
