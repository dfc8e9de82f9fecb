# defaultdict: the factory supplies missing keys; repr and copy
from collections import defaultdict

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(groups['z'], 'z' in groups, len(groups))
print(groups.default_factory, dict(groups))

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.get('q'), 'q' in counts)

nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
print({k: dict(v) for k, v in nested.items()})

plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(plain, defaultdict(None, {1: 2}))
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
c = counts.copy()
print(type(c).__name__, c == counts, c.default_factory)
print(defaultdict(set, a={1}))
print(isinstance(counts, dict), defaultdict(list) | {'k': [1]})
