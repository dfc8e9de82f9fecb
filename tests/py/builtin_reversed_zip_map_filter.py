# reversed() protocols, zip(strict=True), map and filter.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(2, 9, 3))))
print(list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))

class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())))

class Custom:
    def __reversed__(self):
        return iter(['z', 'y'])
print(list(reversed(Custom())))

class NoLen:
    def __getitem__(self, i):
        return i
class Refuses:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for obj in (NoLen(), Refuses(), 5, {1, 2}, iter([1])):
    try:
        reversed(obj)
    except TypeError as e:
        print('TypeError:', e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r), list(r))

# zip, strict
print(list(zip('ab', [1, 2], (True, False))), list(zip()), list(zip([1, 2, 3], 'ab')))
print(list(zip([1, 2], 'ab', strict=True)))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print('ValueError:', e)
try:
    zip([1], 2)
except TypeError as e:
    print('TypeError:', e)
try:
    zip([1], nope=True)
except TypeError as e:
    print('TypeError:', e)
z = zip('ab', 'cd')
print(next(z), list(z))

# map with several iterables stops at the shortest; filter(None, ...)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(str.upper, 'abc')), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])))
print(list(filter(lambda n: n % 2, range(7))))
for bad in (lambda: map(len), lambda: map(1, [1]), lambda: filter(None, 3)):
    try:
        list(bad())
    except TypeError as e:
        print('TypeError:', e)
