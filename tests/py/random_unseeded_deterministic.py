# Unseeded use: only facts that hold on every run of CPython too.
import random

x = random.random()
y = random.random()
print(0.0 <= x < 1.0, x != y)
r1 = random.Random()
r2 = random.Random()
print(r1.random() != r2.random())
print(1 <= random.randint(1, 6) <= 6, random.choice("abc") in "abc")
random.seed()
z = random.random()
print(0.0 <= z < 1.0)
random.seed(5)
print(random.random() == random.Random(5).random())
s = random.sample(range(50), 10)
print(len(set(s)), all(0 <= v < 50 for v in s))
