# Random instances are independent; subclasses may change the core
# generator (random() only, or getrandbits too) as CPython allows.
import random

a = random.Random(10)
b = random.Random(10)
c = random.Random(x=11)
print(a.random() == b.random(), a.random() == c.random())
print(isinstance(a, random.Random), type(a).__name__, random.Random.VERSION)
random.seed(10)
print(random.random() == random.Random(10).random())


class Counter(random.Random):
    # Only random(): randrange uses random() alone.
    def __init__(self):
        self.i = 0
        super().__init__(0)

    def random(self):
        self.i += 1
        return (self.i * 0.618033988749895) % 1.0

    def seed(self, a=None, version=2):
        pass


k = Counter()
print([k.randrange(10) for _ in range(10)], k.choice("abcde"), k.random())
print(k._randbelow == k._randbelow_without_getrandbits)


class Bits(random.Random):
    def getrandbits(self, n):
        return super().getrandbits(n) ^ 1 if n else 0


g = Bits(4)
print([g.randrange(100) for _ in range(8)])
print(Bits._randbelow is random.Random._randbelow_with_getrandbits)


class Noisy(random.Random):
    def __init__(self, seed, label):
        super().__init__(seed)
        self.label = label


n = Noisy(3, "n")
print(n.label, n.random() == random.Random(3).random(), n.randint(1, 10))
n.seed(3)
print(n.random() == random.Random(3).random())
