a = [x for x in y]
b = [x * y for x in range(3) for y in range(x) if x if y]
c = {x for x in y}
d = {k: v for k, v in items}
e = (x for x in y)
f = [[y for y in x] for x in z]
