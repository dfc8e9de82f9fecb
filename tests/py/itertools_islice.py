# itertools.islice: stop, start/stop/step, None bounds, and its ValueErrors
from itertools import islice, count

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice('AB', 5, 10)), list(islice('ABC', None)), list(islice('ABC', None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))

def attempt(label, f):
    try:
        print(label, list(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('neg stop', lambda: islice('abc', -1))
attempt('neg stop 2', lambda: islice('abc', 1, -1))
attempt('neg start', lambda: islice('abc', -1, 2))
attempt('zero step', lambda: islice('abc', 0, 2, 0))
attempt('str stop', lambda: islice('abc', 'x'))
attempt('one arg', lambda: islice('abc'))
attempt('five args', lambda: islice('abc', 1, 2, 3, 4))
attempt('not iterable', lambda: islice(5, 2))
