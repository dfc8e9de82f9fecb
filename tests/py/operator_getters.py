# operator.itemgetter, attrgetter (dotted), methodcaller: calls, reprs, messages
from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 25, 'NY'), ('amy', 31, 'LA'), ('cat', 25, 'SF')]
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(1)), print(itemgetter(0, 2), itemgetter('k'))
print(itemgetter(2)('abcd'), itemgetter(0, -1)('abcd'), itemgetter('a')({'a': 9}), itemgetter(slice(1, 3))('abcd'))

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

n = Node('root', Node('leaf'))
print(attrgetter('name')(n), attrgetter('child.name')(n), attrgetter('name', 'child.name')(n))
print(attrgetter('name'), attrgetter('a.b', 'c'))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(methodcaller('replace', 'a', 'o'), methodcaller('split', sep=','))
print(list(map(methodcaller('strip'), [' x ', 'y  '])))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('itemgetter()', lambda: itemgetter())
attempt('attrgetter(1)', lambda: attrgetter(1))
attempt('methodcaller()', lambda: methodcaller())
attempt('methodcaller(1)', lambda: methodcaller(1))
attempt('missing attr', lambda: attrgetter('child.nope')(n))
attempt('missing item', lambda: itemgetter(5)([1]))
attempt('missing key', lambda: itemgetter('z')({}))
