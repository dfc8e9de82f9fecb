# staticmethod and classmethod objects: binding, reprs, copied attributes.
class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def convert(deg):
        'Celsius to Fahrenheit.'
        return deg * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        'Water freezes.'
        return cls(0)

class Kelvin(Temp):
    scale = 'K'

print(Temp.convert(100), Temp(1).convert(0))
print(type(Kelvin.freezing()).__name__, Kelvin.freezing().deg, Kelvin(5).freezing().scale)
sm = Temp.__dict__['convert']
cm = Temp.__dict__['freezing']
print(type(sm).__name__, type(cm).__name__)
print(repr(sm).startswith('<staticmethod(<function Temp.convert at '))
print(repr(cm).startswith('<classmethod(<function Temp.freezing at '))
print(sm.__func__ is Temp.convert, cm.__func__.__name__)
print(sm.__name__, sm.__qualname__, sm.__doc__, cm.__name__, cm.__doc__)
print(sm.__wrapped__ is sm.__func__, sm.__module__)
print(sm(3), callable(sm))
print(Temp.freezing.__self__ is Temp, Kelvin.freezing.__self__ is Kelvin)
print(Temp.freezing.__func__ is cm.__func__)
print(isinstance(sm, staticmethod), isinstance(cm, classmethod))

# made directly, around any callable
s = staticmethod(len)
c = classmethod(lambda cls, x: (cls.__name__, x))
print(s, s(['a']), s.__name__)
class Holder:
    size = s
    make = c
print(Holder.size([1, 2]), Holder().make(5), Holder.make(6))
print(c.__get__(None, int)(7))
print(classmethod.__get__(c, Holder(), Holder)(8))
for bad in ((), (1, 2)):
    try:
        staticmethod(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    classmethod(len, x=1)
except TypeError as e:
    print('TypeError:', e)

# a classmethod called on an instance binds the class
class Counter:
    total = 0
    @classmethod
    def bump(cls):
        cls.total += 1
        return cls.total
print(Counter.bump(), Counter().bump(), Counter.total)
