# type.__subclasses__() and the names of descriptors.
class Shape:
    pass
class Circle(Shape):
    pass
class Square(Shape):
    pass
class Tile(Square, Circle):
    pass
print(Shape.__subclasses__())
print(Square.__subclasses__(), Circle.__subclasses__(), Tile.__subclasses__())

def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out
print(all_subclasses(Shape))

class Slotted:
    __slots__ = ('x', 'y')
print(Slotted.x.__name__, Slotted.x.__qualname__, Slotted.x.__objclass__)
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__)
print(type.__dict__['__name__'].__name__, type.__dict__['__name__'].__objclass__)
print(Slotted.__dict__['x'] is Slotted.x, repr(Slotted.y))

# assigning __class__ between classes whose instances look alike
class Draft:
    def state(self):
        return 'draft'
class Published:
    def state(self):
        return 'published'
class Slots1:
    __slots__ = ('x',)
doc = Draft()
doc.title = 'T'
print(doc.state())
doc.__class__ = Published
print(doc.state(), type(doc).__name__, doc.title, isinstance(doc, Draft))
for target in (Slots1, int, 1):
    try:
        doc.__class__ = target
    except TypeError as e:
        print('TypeError:', e)
try:
    (1).__class__ = Draft
except TypeError as e:
    print('TypeError:', e)
try:
    del doc.__class__
except TypeError as e:
    print('TypeError:', e)
