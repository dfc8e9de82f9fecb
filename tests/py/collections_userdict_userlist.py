# UserDict and UserList: wrappers over .data with the dict/list operations,
# __missing__, copies that keep the subclass, and the operators
from collections import UserDict, UserList
from collections.abc import MutableMapping, MutableSequence


class Defaults(UserDict):
    def __missing__(self, key):
        return 'default:' + key

u = Defaults({'a': 1}, b=2)
print(u, u['a'], u['zz'], 'zz' in u, len(u), u.get('zz'), u.get('a'), list(u), isinstance(u, MutableMapping))
u['c'] = 3; del u['a']
print(u, u | {'d': 4}, {'e': 5} | u, type(u | {'d': 4}).__name__, u.pop('b'), u.setdefault('f', 6))
u |= {'g': 7}
u.extra = 'attr'
c = u.copy(); c['h'] = 8
print(u, c, type(c).__name__, c.extra, u.__copy__() == u)
print(UserDict.fromkeys('ab', 0), UserDict(a=1) == {'a': 1}, UserDict(UserDict(x=1)))
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)

L = UserList([3, 1, 2])
print(L, L[0], L[1:], type(L[1:]).__name__, len(L), 2 in L, L == [3, 1, 2], L < [4], L > UserList([3]))
L.append(5); L.insert(0, 0); L.extend(UserList([9])); L.extend((8,))
print(L, L.pop(), L.pop(0), L.index(2), L.count(1))
L.sort(); print(L)
L.sort(key=lambda v: -v); L.reverse(); print(L)
L.remove(9); L[0] = 'first'; del L[1]
print(L, L + [1], [0] + L, L + UserList(['u']), L * 2, 2 * L)
L += 'ab'; L *= 2
print(L, L.copy(), type(L.copy()).__name__, isinstance(L, MutableSequence))
L.clear(); print(L, UserList(), UserList((1, 2)), UserList(UserList([3])))
