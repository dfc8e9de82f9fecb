m = [[i * j for j in range(3)] for i in range(3)]
d = {k: v for k, v in zip('abc', range(3)) if v}
s = {x % 3 for x in range(10)}
print(m, d, sorted(s), [a for b in m for a in b if a])
