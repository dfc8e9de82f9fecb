s = sum(x * x for x in range(10) if x % 2)
print(s, list(y for y in 'abc'), max((len(w), w) for w in ['a', 'bb']))
