# Assignment expressions inside comprehensions bind in the enclosing
# function; starred and nested unpacking, and their errors.
def scan(data):
    kept = [y for x in data if (y := x * 2) > 2]
    return kept, y


print(scan([1, 2, 3]))
a, *b, c = range(6)
print(a, b, c)
(d, e), [f, *g] = (1, 2), "xyz"
print(d, e, f, g)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)


def unpack(case):
    if case == 0:
        p, q = [1, 2, 3]
    elif case == 1:
        p, q, r = [1, 2]
    elif case == 2:
        p, *q, r = [1]
    else:
        p, q = 5


for case in range(4):
    try:
        unpack(case)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
