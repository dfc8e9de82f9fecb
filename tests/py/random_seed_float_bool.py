# Floats seed by their hash; bools are ints.
import random

for seed in [1.5, -2.5, 0.0, 3.0, 1e300, -0.1, float("inf")]:
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(16))

random.seed(True)
a = random.random()
random.seed(1)
print(a == random.random())
random.seed(False)
b = random.random()
random.seed(0)
print(b == random.random())
random.seed(3.0)
c = random.random()
random.seed(3)
print(c == random.random())
