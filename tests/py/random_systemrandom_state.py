# SystemRandom has no state to get or set; seed() does nothing.
import random

s = random.SystemRandom()
print(isinstance(s, random.Random), s.seed(5))
for f in (s.getstate, lambda: s.setstate(None)):
    try:
        f()
    except NotImplementedError as e:
        print(type(e).__name__, e)
