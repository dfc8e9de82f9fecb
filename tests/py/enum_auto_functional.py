# auto(), _generate_next_value_, unique, the functional API, _missing_.
from enum import Enum, IntEnum, auto, unique

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    FRIDAY = 10
    SATURDAY = auto()

print(list(Weekday), repr(auto()), repr(auto(5)))

class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "-" + str(count)
    ALPHA = auto()
    BETA = auto()

print(list(Name))

@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))
try:
    @unique
    class Dups(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), repr(Animal), Animal.BEE.value, Animal(3), Animal["ANT"])
Pets = Enum("Pets", ["DOG", "FISH"], start=10)
print(list(Pets))
Codes = IntEnum("Codes", [("OK", 200), ("NOT_FOUND", 404)])
print(list(Codes), Codes.OK + 1, Codes(404))
Sizes = Enum("Sizes", {"S": "small", "L": "large"})
print(list(Sizes), Sizes("large"))
Commas = Enum("Commas", "X, Y,Z")
print(list(Commas))

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("gone")
except ValueError as e:
    print(type(e).__name__, e)

class Broken(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return "not a member"
try:
    Broken(2)
except TypeError as e:
    print(type(e).__name__, e)
