# ChainMap: lookups through several mappings, writes go to the first
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm)
cm['color'] = 'blue'
print(cli, cm)
child = cm.new_child({'debug': True})
print(child['debug'], child.parents == cm, child.maps[0])
print(cm.get('missing', 'n/a'), dict(cm) == {'color': 'blue', 'user': 'admin'})
for label, f in [('pop', lambda: cm.pop('user')), ('del', lambda: cm.__delitem__('user')),
                 ('popitem', lambda: ChainMap({}, {'a': 1}).popitem()),
                 ('lookup', lambda: ChainMap()['k'])]:
    try:
        print(label, f())
    except KeyError as e:
        print(label, type(e).__name__, e)
print(ChainMap(), ChainMap({'a': 1}) | {'b': 2})
