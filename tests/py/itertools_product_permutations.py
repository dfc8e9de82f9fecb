# itertools.product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations('', 0)))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations('AB', 5)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(product('abc', repeat=4))), sum(1 for _ in permutations(range(5), 3)))
for label, f in [('comb', lambda: combinations('abc', -1)), ('perm', lambda: permutations('abc', -1)),
                 ('product', lambda: product('ab', repeat=-1)), ('cwr', lambda: combinations_with_replacement('ab', -2))]:
    try:
        f()
    except ValueError as e:
        print(label, type(e).__name__, e)
