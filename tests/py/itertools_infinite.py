# itertools.count, cycle, repeat: lazy infinite iterators and their reprs
from itertools import count, cycle, repeat, islice

c = count(5)
print(c, next(c), next(c), c)
print(list(islice(count(1, 0.5), 4)), count(0, -1), count(2.5), count(1, 2))
cy = cycle('AB')
print([next(cy) for _ in range(5)])
print(list(islice(cycle([]), 3)))
r = repeat('a', 3)
print(r, next(r), r, list(r), r)
print(repeat(None), list(repeat(7, -2)), list(map(pow, range(4), repeat(2))))
print(list(zip(count(), 'xyz')))
for label, f in [('count str', lambda: count('a')), ('repeat none', lambda: repeat()),
                 ('cycle int', lambda: cycle(3))]:
    try:
        f()
    except TypeError as e:
        print(label, type(e).__name__, e)
