# getrandbits(k) fills 32 bits at a time from the low end.
import random

random.seed(2024)
for k in [0, 1, 2, 7, 31, 32, 33, 63, 64, 65, 96, 100, 128, 1000]:
    v = random.getrandbits(k)
    print(k, v, v.bit_length() <= k)

r = random.Random(3)
print(hex(r.getrandbits(256)))
print(r.getrandbits(k=12) if False else r.getrandbits(12))
for bad in [-1, 1.5, "8", None, 2**40]:
    try:
        random.getrandbits(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    random.getrandbits()
except TypeError as e:
    print(type(e).__name__, e)
