# OrderedDict: move_to_end, popitem(last=), order-sensitive ==, repr
from collections import OrderedDict

od = OrderedDict()
od['a'] = 1
od['b'] = 2
od['c'] = 3
print(od)
od.move_to_end('a')
print(list(od))
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([('p', 1), ('q', 2)])
y = OrderedDict([('q', 2), ('p', 1)])
print(x == y, dict(x) == dict(y), x == {'q': 2, 'p': 1}, x != y)
print(OrderedDict(), OrderedDict.fromkeys('ab', 0), OrderedDict(z=1) | {'w': 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    x.move_to_end('nope')
except KeyError as e:
    print(type(e).__name__, e)

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)

cache = LRU(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2), cache)
