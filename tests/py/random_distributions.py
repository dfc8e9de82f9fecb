# The real-valued distributions give CPython's floats exactly.
import random

random.seed(123)
print([random.uniform(-5, 5) for _ in range(4)], random.uniform(3, 3))
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10, 2) for _ in range(3)], random.triangular(5, 5, 5))
print([random.gauss() for _ in range(5)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.normalvariate() for _ in range(3)], random.normalvariate(10, 2))
print([random.lognormvariate(0, 1) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(4)], random.expovariate(-2))
print([random.vonmisesvariate(1.0, 4.0) for _ in range(4)])
print([random.vonmisesvariate(0.5, 0) for _ in range(2)])
print([random.gammavariate(0.5, 2.0) for _ in range(4)])
print([random.gammavariate(1.0, 3.0) for _ in range(2)])
print([random.gammavariate(9.0, 0.5) for _ in range(4)])
print([round(x, 12) for x in [random.betavariate(2, 5) for _ in range(4)]])  # libm's pow/log may differ in the last bit on wasm
print([random.betavariate(0.3, 0.3) for _ in range(3)])
print([round(x, 12) for x in [random.paretovariate(3) for _ in range(3)]])  # libm's pow/log may differ in the last bit on wasm
print([round(x, 12) for x in [random.weibullvariate(2, 1.5) for _ in range(3)]])  # libm's pow/log may differ in the last bit on wasm
