# Counter: counting, most_common, elements, update/subtract, total
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(3), c.most_common(1), c.most_common(0))
print(c['a'], c['z'], len(c), c.total())
print(sorted(c.elements()))
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract(a=100, q=1)
print(c)
del c['never']
print(Counter(), Counter(x=2, y=0), Counter({'k': 3}))
print(Counter(['red', 'blue', 'red', 'green', 'blue', 'red']).most_common())
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2))
