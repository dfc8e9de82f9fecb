# randrange and randint draw through _randbelow (getrandbits of the
# range's bit length, retried while too big), as CPython.
import random

random.seed(7)
print([random.randint(1, 6) for _ in range(30)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print([random.randint(-3, -1) for _ in range(10)])
print(random.randrange(2**100), random.randint(10**30, 10**31))
print(random.randrange(1), random.randint(5, 5))
print(random.randrange(0, 10**20, 3**30))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(random.randrange(Idx(3), Idx(100), Idx(2)))
print(random.randrange(True, 10))
