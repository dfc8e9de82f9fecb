# itertools.groupby: consecutive groups; groups share the one underlying iterator
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
data = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'kale'), ('fruit', 'fig')]
for kind, items in groupby(data, key=lambda t: t[0]):
    print(kind, [name for _, name in items])

groups = groupby('aabbc')
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])

it = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
words = sorted(['bee', 'ant', 'cat', 'ape', 'cow', 'bat'])
print({letter: list(ws) for letter, ws in groupby(words, key=lambda w: w[0])})
print(list(groupby([])))
