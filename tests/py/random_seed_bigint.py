# Seeds wider than 64 bits use all their 32-bit words.
import random

for seed in [2**64, 2**64 + 1, 2**100 + 7, 10**50, 3**200, 2**19937 - 1, 7**5000]:
    r = random.Random(seed)
    print(seed.bit_length(), [r.random() for _ in range(5)], r.getrandbits(80))

# Two seeds that differ only in high words give different sequences.
a = random.Random(5)
b = random.Random(5 + 2**96)
print(a.random() == b.random())
