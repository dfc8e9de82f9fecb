# The module's names: bound methods of one hidden generator, constants.
import random

print(sorted(random.__all__))
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(random.TWOPI)
print(random.random.__self__ is random.randint.__self__, type(random._inst).__name__)
print(random.seed(1), random.Random.__name__, issubclass(random.SystemRandom, random.Random))
print(callable(random.random), random.random.__name__)
