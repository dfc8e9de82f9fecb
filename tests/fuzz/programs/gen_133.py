# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    class M(type):
        pass
    for i in range(1):
        M = type('M', (M,), {})
    class Z(metaclass=M):
        pass
    print(type(Z).__mro__[0].__name__)
except Exception as e:
    print('caught', type(e).__name__)
