# slice objects and indices()
s = slice(1, 10, 2)
print(s, slice(3), s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(5))
print([0, 1, 2, 3, 4][s], "abcdef"[slice(-3, None)], slice(1, 2) == slice(1, 2))
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)
