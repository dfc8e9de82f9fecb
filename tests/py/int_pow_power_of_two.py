# Powers of a power of two (2, 4, -8, 2**40) are exact shifts (so
# 2 ** 2**30 comes at once, see tests/limits.test.mjs).
x = 2 ** (2 ** 20)
print(x.bit_length(), (-2) ** 5, (-2) ** (2 ** 10) == 2 ** (2 ** 10), (-4) ** 3)
print(4 ** (2 ** 19) == x, (2 ** 40) ** 3 == 2 ** 120, (-(2 ** 64)) ** 3 == -2 ** 192)
print((2 ** 64) ** 1, 8 ** 21, (-8) ** 21, 2 ** 63, (-2) ** 63, (-2) ** 64)
print((2 ** (2 ** 26)).bit_length(), (-(2 ** 33)) ** (2 ** 21) == 2 ** (33 * 2 ** 21))
