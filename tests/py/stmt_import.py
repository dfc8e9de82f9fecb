import sys
import time as t
from math import sqrt, pi
from types import GeneratorType
print(sqrt(16), round(pi, 2), t.time(), sys.getrecursionlimit())
def g():
    yield
print(isinstance(g(), GeneratorType))
try:
    import numpy
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print("ImportError:", e)
import nosuchmodule
