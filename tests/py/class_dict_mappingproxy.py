# A class's __dict__ is a read-only mappingproxy.
import types

class Config:
    'Settings.'
    debug = False
    def toggle(self):
        self.debug = not self.debug

d = Config.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
print(repr(d)[:45], str(d)[:30])
print(len(d), 'debug' in d, d['debug'], d.get('missing', 'default'), d.get('debug'))
print(list(d), list(d.keys())[:2], [k for k, v in d.items() if not k.startswith('__')])
print(type(d.copy()).__name__, d.copy() == dict(d), d == dict(d))
print(sorted(k for k in vars(Config) if not k.startswith('_')))
for action in ('set', 'del', 'pop'):
    try:
        if action == 'set':
            d['x'] = 1
        elif action == 'del':
            del d['debug']
        else:
            d.pop('debug')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
Config.added = 1
print('added' in d, 'added' in Config.__dict__)

m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, str(m), m['a'], list(reversed(m)), m | {'c': 3})
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print('TypeError:', e)
print(int.__dict__['bit_length'], type(object.__dict__).__name__)
