# functools.singledispatch: dispatch on the first argument's type
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence

@singledispatch
def describe(obj):
    return 'object: %r' % (obj,)

@describe.register(int)
def _(obj):
    return 'int: %d' % obj

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return 'sequence of %d' % len(obj)

def describe_str(obj):
    return 'str: ' + obj
describe.register(str, describe_str)

print(describe(3), describe(True), describe([1, 2]), describe((1,)), describe('x'), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))

@singledispatch
def size(x):
    return 'unknown'
@size.register(Sequence)
def _(x):
    return 'sequence'
print(size('abc'), size(range(3)), size(4))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'
    @fmt.register(int)
    def _(self, arg):
        return 'int %d' % arg
print(Formatter().fmt(5), Formatter().fmt('s'))
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(5, describe_str)
except TypeError as e:
    print(type(e).__name__, e)
