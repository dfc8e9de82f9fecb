# pow(base, exp, mod): modular exponentiation of ints, and its errors.
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, 2**70, 13), pow(2**100, 2**100, 10**9 + 7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(-3, -2, 11), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3), pow(True, 2, 3))

for args in [(2, 3, 0), (3, -1, 6), (2.0, 3, 5), (2, 0.5, 3), (2, 3, 5.0),
             (2, 3, 'x'), ('a', 2, 3), (2, 3, None, 1)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

class Mod:
    def __init__(self, v):
        self.v = v
    def __pow__(self, other, mod=None):
        return ('pow', self.v, other, mod)
print(pow(Mod(2), 3), pow(Mod(2), 3, 5))
print(Mod(2) ** 4)
