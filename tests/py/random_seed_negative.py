# A negative int seed uses its absolute value.
import random

for seed in [1, 7, 2**40, 2**90 + 3]:
    random.seed(seed)
    pos = [random.random() for _ in range(5)]
    random.seed(-seed)
    neg = [random.random() for _ in range(5)]
    print(seed, pos == neg, neg)

random.seed(-1)
print([random.randint(1, 6) for _ in range(20)])
