# min/max with key and default, sorted with key/reverse, sum with start.
words = ['pear', 'Fig', 'apple', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=str.lower))
print(min(3, 1, 2), max(3, 1, 2, key=lambda v: -v), min([], default='none'), max((), default=0))
print(max([1, 3, 3], key=lambda v: v), min(['b', 'a'], key=None))
print(max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
for bad in (lambda: min([]), lambda: max(), lambda: min(5), lambda: max(1, 2, default=0),
            lambda: min([1], bogus=1), lambda: max(iterable=[1]), lambda: min([1, 'a'])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted({3: 'c', 1: 'a'}), sorted('hello'), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(sorted([3, 1, 2], reverse=1), sorted(x for x in [2, 1]))
stable = sorted([('b', 1), ('a', 1), ('c', 0)], key=lambda t: t[1])
print(stable)
for bad in (lambda: sorted(), lambda: sorted([1], 2), lambda: sorted([2, 'a']),
            lambda: sorted([1], key=5), lambda: sorted([1], cmp=None)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([], start=()), sum(((1,), (2,)), ()))
for bad in (lambda: sum(['a', 'b']), lambda: sum([1], 'x'), lambda: sum([1, 'a']), lambda: sum(5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
