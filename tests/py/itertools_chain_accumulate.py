# itertools.chain (and from_iterable), accumulate (func, initial), starmap, pairwise
import operator
from itertools import chain, accumulate, starmap, pairwise

print(list(chain('ABC', 'DEF')), list(chain()), list(chain([1], (2,), {3: 'x'})))
print(list(chain.from_iterable(['ab', 'cd'])))
nested = [[1, 2], [3], [], [4, 5]]
print(list(chain.from_iterable(nested)), sum(chain(*nested)))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7], max)))
print(list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
c = chain([1], 2)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__, e)
