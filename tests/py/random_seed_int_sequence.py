# The same int seed gives CPython's sequence: random(), getrandbits, randrange.
import random

for seed in [0, 1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(8)])
    print("  bits", [random.getrandbits(32) for _ in range(4)], random.getrandbits(64))
    print("  ints", [random.randrange(1000) for _ in range(12)])

random.seed(99)
vals = [random.random() for _ in range(2000)]
print(vals[0], vals[623], vals[624], vals[625], vals[1247], vals[1999])
print(sum(vals))
