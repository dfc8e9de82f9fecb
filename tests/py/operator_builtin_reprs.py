# The functions CPython writes in C show as built-in functions
import operator, functools, itertools
from functools import partial, reduce

print(operator.add, operator.__add__, operator.not_, operator.itemgetter)
print(functools.reduce, functools.cmp_to_key, itertools.tee, itertools.count)
print(partial(reduce, operator.add), functools.partial)
print(list(map(operator.mul, [1, 2], [3, 4])), operator.add.__name__)
