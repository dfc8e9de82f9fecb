# int: int64 fast path overflowing into big ints and back
a = 2 ** 63
print(a, a - 1, -a, a * a)
print((a * a) // a == a, (a * a) % 7, divmod(-7, 2), -7 // 2, -7 % 3)
print(10 ** 30 // 10 ** 28, type(10 ** 30 // 10 ** 28).__name__)
print(1 << 100, (1 << 100) >> 99, ~5, -(-9223372036854775807 - 1))
print(7 / 2, 2 ** -2, abs(-10 ** 20), int('  -0042 '), int('ff', 16), int('0b101', 0))
print(int(3.99), int(-3.99), int(True), hash(-1), hash(2 ** 61), hash(10 ** 20))
print((255).bit_length(), round(1234, -2), round(1250, -2), round(1350, -2))
