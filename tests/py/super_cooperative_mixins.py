# Cooperative multiple inheritance: every __init__ calls super().__init__
# with the keywords it does not use, along the MRO of the instance.
class Shape:
    def __init__(self, **kwargs):
        print('Shape.__init__', sorted(kwargs))
        super().__init__(**kwargs)

class Colored(Shape):
    def __init__(self, color='black', **kwargs):
        print('Colored.__init__', color)
        self.color = color
        super().__init__(**kwargs)

class Sized(Shape):
    def __init__(self, size=1, **kwargs):
        print('Sized.__init__', size)
        self.size = size
        super().__init__(**kwargs)

class Box(Colored, Sized):
    def __init__(self, label, **kwargs):
        print('Box.__init__', label)
        self.label = label
        super().__init__(**kwargs)

b = Box('crate', color='red', size=3)
print(b.label, b.color, b.size)
print([k.__name__ for k in Box.__mro__])
try:
    Box('x', weight=2)
except TypeError as e:
    print('TypeError:', e)

# mixins adding behaviour around a method
class LoggingMixin:
    def save(self):
        print('log: saving', type(self).__name__)
        return super().save()

class ValidatingMixin:
    def save(self):
        print('validate')
        return super().save()

class Model:
    def save(self):
        print('Model.save')
        return 'saved'

class Doc(LoggingMixin, ValidatingMixin, Model):
    pass

print(Doc().save())

# two-argument super starts after the class given
class Root:
    def hello(self): return ['Root']
class L(Root):
    def hello(self): return ['L'] + super().hello()
class R(Root):
    def hello(self): return ['R'] + super().hello()
class Leaf(L, R):
    def hello(self): return ['Leaf'] + super().hello()
leaf = Leaf()
print(leaf.hello())
print(super(L, leaf).hello())
print(super(R, leaf).hello())
print(super(Leaf, leaf).hello.__func__.__qualname__, super(Leaf, leaf).hello.__self__ is leaf)
print(super(L, Leaf).hello(leaf))

# super in classmethods and __init_subclass__ along the MRO
class CA:
    @classmethod
    def create(cls): return ['CA', cls.__name__]
class CB(CA):
    @classmethod
    def create(cls): return ['CB'] + super().create()
class CC(CA):
    @classmethod
    def create(cls): return ['CC'] + super().create()
class CD(CB, CC):
    @classmethod
    def create(cls): return ['CD'] + super().create()
print(CD.create())

try:
    super(CB, CC())
except TypeError as e:
    print('TypeError:', e)
