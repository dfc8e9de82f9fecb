# getstate/setstate restore the generator, gauss's saved value included.
import random

random.seed(55)
random.random()
st = random.getstate()
print(type(st), len(st), st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
b = [random.random() for _ in range(5)]
print(a == b, a)

random.gauss()
st = random.getstate()
print(st[2])
g1 = random.gauss()
random.setstate(st)
print(g1 == random.gauss())

r1 = random.Random(1)
r2 = random.Random(2)
r2.setstate(r1.getstate())
print(r1.random() == r2.random(), r1.getrandbits(50) == r2.getrandbits(50))

# A fresh seed restarts the index.
random.seed(1)
print(random.getstate()[1][-1], random.getstate()[1][:3])

# Version 2 states are converted from signed words.
v3 = random.getstate()
words = tuple(w - 2**32 if w >= 2**31 else w for w in v3[1][:-1]) + (v3[1][-1],)
random.setstate((2, words, None))
print(random.getstate() == v3)

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: random.setstate((4, v3[1], None)))
attempt(lambda: random.setstate((3, (1, 2), None)))
attempt(lambda: random.setstate((3, [1], None)))
attempt(lambda: random.setstate((3, v3[1][:-1] + (625,), None)))
attempt(lambda: random.setstate((3, v3[1][:-1] + (-1,), None)))
attempt(lambda: random.setstate((3, (-1,) + v3[1][1:], None)))
attempt(lambda: random.setstate((3, (1.5,) + v3[1][1:], None)))
attempt(lambda: random.setstate((3, (2**64,) + v3[1][1:], None)))
attempt(lambda: random.setstate((3, v3[1], None, 4)))
attempt(lambda: random.setstate(()))
random.setstate((3, (2**40 + 5,) + v3[1][1:], None))
print(random.getstate()[1][0])
random.setstate((3, v3[1][:-1] + (624,), 0.5))
print(random.gauss(), random.random())
