class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
for x in (a, d, p):
    print(x.describe())
print(Animal.count, p.age, p.kind, Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Dog), Puppy.__bases__, Dog.__name__)
d.kind = "instance attr"
print(d.kind, Dog.kind, a.kind)
print(Dog.speak(p), Animal.speak(p))
class Base:
    def __init__(self):
        print("Base init")
class NoInit(Base):
    pass
NoInit()
try:
    Puppy("x")
except TypeError as e:
    print("TypeError:", e)
