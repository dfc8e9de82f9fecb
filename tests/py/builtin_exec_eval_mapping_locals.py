# eval() and exec() with a mapping (not only a dict) as locals: LOAD_NAME/STORE_NAME use
# its __getitem__/__setitem__, a dict subclass's overrides included.
class Tracking(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
class Defaulting:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k in self.d: return self.d[k]
        if k.startswith('v'): return len(k)
        raise KeyError(k)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
print(eval('vvv + vv', {}, Defaulting()))
m = Defaulting()
exec('a = vvvv * 2\nb = len("xy")\ndel a', {}, m)
print(m.d)
t = Tracking(x=1)
exec('y = x + 1', {}, t)
print(t)
try:
    eval('nope', {}, Defaulting())
except NameError as e:
    print(e)
try:
    eval('1', {}, 5)
except TypeError as e:
    print(e)
try:
    exec('1', {}, 5)
except TypeError as e:
    print(e)
