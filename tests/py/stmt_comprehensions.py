print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(None, [0, 1, 2])))
print([[j for j in range(i)] for i in range(4)])
n = 10
print([n + i for i in range(3)])
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: -kv[1]))
