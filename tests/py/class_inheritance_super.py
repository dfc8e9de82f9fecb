class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def kind():
        return "animal"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.speak(), d.breed)
print(Dog.create.__name__, Animal.kind(), d.kind())
a = Animal.create("cat")
print(type(a).__name__, a.speak())
print(issubclass(Dog, Animal), isinstance(d, Animal), Dog.__mro__)
print(Dog.__bases__, Dog.__base__)
