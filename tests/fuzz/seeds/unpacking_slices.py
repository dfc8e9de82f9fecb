a, *b, c = range(6)
(x, y), z = (1, 2), 3
l = list(range(10))
l[2:8:2] = 'abc'
del l[0], l[-1]
print(a, b, c, x, y, z, l, l[::-1], l[1:-1], 'héllo'[1:3])
x += 1; x **= 2; x //= 3; x <<= 1
print(x if x > 3 else -x, not x, x is not None)
