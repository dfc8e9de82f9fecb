f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *a, z, w=2, **k: x
i = lambda *, k: k
j = lambda x, /, y: x
