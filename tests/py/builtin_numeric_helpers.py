# divmod, round, abs, bin/oct/hex, chr/ord and int(str, base).
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-7.5, 2), divmod(2**70, 9))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod('a', 2)
except TypeError as e:
    print('TypeError:', e)

print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(1250, -2), round(1350, -2))
print(round(5, 2), type(round(5.0)), type(round(5.0, 1)), round(7, None))
class Money:
    def __round__(self, ndigits=None):
        return f'rounded to {ndigits}'
print(round(Money()), round(Money(), 2))
for args in ((float('inf'),), (float('nan'),), ('1.5',), (1.5, 'x')):
    try:
        round(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)

print(abs(-5), abs(-2.5), abs(True), abs(-2**80))
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)

print(bin(10), bin(-10), oct(64), hex(255), hex(-1), bin(True), hex(2**64))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)

print(chr(65), chr(0x20AC), ord('A'), ord('€'), ord(chr(0x10FFFF)))
for bad in (lambda: chr('a'), lambda: ord('ab'),
            lambda: ord(''), lambda: ord(65)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0b101', 0), int('0o17', 0))
print(int('z', 36), int(' -12 '), int('1_000'), int('12', base=8), int('١٢'))
for args in (('12', 1), ('12', 37), ('9', 8), ('0x', 16), ('1__0',), ('',), ('4.2',), (4.2, 10)):
    try:
        print(int(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    int(x='5')
except TypeError as e:
    print('TypeError:', e)
