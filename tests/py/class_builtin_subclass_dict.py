# Instances of subclasses of int, str, tuple and float have a __dict__.
class Level(int):
    pass
lv = Level(3)
lv.label = 'three'
print(lv, lv + 1, lv.label, lv.__dict__, type(lv + 1).__name__)

class Tag(str):
    def shout(self):
        return self.upper() + '!'
t = Tag('hi')
t.source = 'greeting'
print(t, t.shout(), t.source, vars(t), len(t), t == 'hi', hash(t) == hash('hi'))

class Pair(tuple):
    pass
pr = Pair((1, 2))
pr.note = 'n'
print(pr, pr.note, pr[0], pr.__dict__)

class Money(float):
    pass
m = Money(2.5)
m.currency = 'EUR'
print(m, m.currency, m * 2)

class Frozen(tuple):
    __slots__ = ()
fz = Frozen((1,))
try:
    fz.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(fz, '__dict__'))

class Sub(Level):
    pass
s = Sub(7)
s.a = 1
del s.a
print(s, s.__dict__, '__dict__' in Level.__dict__, '__dict__' in Sub.__dict__)

# what __reduce_ex__ and __getnewargs__ give (copy and pickle use them)
print(Level(5).__getnewargs__(), Tag('x').__getnewargs__(), Pair((1,)).__getnewargs__())
print(Money(1.5).__getnewargs__(), (1, 2).__getnewargs__())
r = lv.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2])
