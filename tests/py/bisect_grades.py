# The Python docs' examples: grades by breakpoints, and searching a sorted
# list with key=.
from bisect import bisect, bisect_left, bisect_right

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect(breakpoints, score)
    return grades[i]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

def index(a, x):
    'Locate the leftmost value exactly equal to x'
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError

def find_lt(a, x):
    'Find rightmost value less than x'
    i = bisect_left(a, x)
    if i:
        return a[i-1]
    raise ValueError

def find_ge(a, x):
    'Find leftmost item greater than or equal to x'
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError

a = [1, 3, 3, 6, 8, 12]
print(index(a, 3), find_lt(a, 6), find_ge(a, 7))
try:
    index(a, 4)
except ValueError as e:
    print("ValueError", repr(e))

data = [('red', 5), ('blue', 1), ('yellow', 8), ('black', 0)]
data.sort(key=lambda r: r[1])
keys = [r[1] for r in data]
print(data[bisect_left(keys, 0)], data[bisect_left(keys, 1)], data[bisect_left(keys, 5)], data[bisect_left(keys, 8)])
print(bisect_right(data, 5, key=lambda r: r[1]))
