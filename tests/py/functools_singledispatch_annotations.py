# functools.singledispatch: register() reading the first parameter's annotation
from functools import singledispatch

@singledispatch
def fmt(value):
    return 'value: %r' % (value,)

@fmt.register
def _(value: int):
    return 'int: %d' % value

@fmt.register
def _(value: float) -> str:
    return 'float: %.2f' % value

@fmt.register
def _(value: 'list'):
    return 'list of %d' % len(value)

print(fmt(3), fmt(2.5), fmt([1, 2]), fmt('s'), fmt(None))
try:
    @fmt.register
    def _(value):
        return 'no annotation'
except TypeError as e:
    print(type(e).__name__, str(e).split(':')[0])
try:
    @fmt.register
    def _(value: 42):
        return 'bad'
except TypeError as e:
    print(type(e).__name__, e)
