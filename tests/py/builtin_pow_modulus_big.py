# pow(base, exp, mod) on ints: modular exponentiation without building
# base ** exp, a negative exponent through the modular inverse, the sign
# of the modulus, and CPython's errors for the other cases.
print(pow(3, 10**20, 7), pow(2, -1, 5), pow(-3, 5, 7), pow(3, 5, -7))
print(pow(7, -2, 10**20 + 39), pow(38, -1, 97) * 38 % 97)
print(pow(2**100, 2**100, 10**9 + 7), pow(0, 0, 1), pow(5, 0, 3), pow(-2**70, 3, 10))
print(pow(base=3, exp=4, mod=5), pow(3, 4, None), pow(True, 5, 3), pow(10, 10**18, -13))
for args in [(2, -1, 4), (2, 3, 0), (0, -1, 7), (2.0, 3, 5), (2, 3, 5.0), ('a', 2, 3)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
class M:
    def __pow__(self, other, mod=None):
        return ('M.__pow__', other, mod)
print(pow(M(), 2, 5), pow(M(), 3))
