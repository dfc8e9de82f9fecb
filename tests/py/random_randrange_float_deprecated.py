# randrange still takes integral floats, with a DeprecationWarning shown for
# a call from __main__; a non-integral one is a ValueError.
import random

random.seed(2)
print(random.randrange(10.0))
print(random.randrange(1.0, 5))
print(random.randint(1.0, 6.0))
for args in [(1.5,), (0, 2.5), (0, 10, 0.5)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print("done")
