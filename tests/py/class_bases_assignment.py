# Assigning __bases__ re-linearises the class and its subclasses.
class Walker:
    def move(self):
        return 'walk'
class Swimmer:
    def move(self):
        return 'swim'
    def dive(self):
        return 'dive'
class Animal(Walker):
    pass
class Duck(Animal):
    pass
d = Duck()
print(d.move(), [c.__name__ for c in Duck.__mro__])
Animal.__bases__ = (Swimmer, Walker)
print(d.move(), d.dive(), Animal.__bases__, [c.__name__ for c in Duck.__mro__])
print(isinstance(d, Swimmer), issubclass(Duck, Swimmer), Swimmer.__subclasses__(), Walker.__subclasses__())
Animal.__bases__ = (Walker,)
print(d.move(), hasattr(d, 'dive'), Swimmer.__subclasses__())

class Plain:
    pass
Plain.__bases__ = (object,)
print(Plain.__bases__)
for value in ((), [Walker], (Duck,), (Animal,), (1,), (int,), 'x'):
    try:
        Animal.__bases__ = value
        print('assigned', value)
    except TypeError as e:
        print('TypeError:', e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print('TypeError:', e)
class A:
    pass
class B(A):
    pass
try:
    A.__bases__ = (B,)
except TypeError as e:
    print('TypeError:', e)
print([c.__name__ for c in B.__mro__])
