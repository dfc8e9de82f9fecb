# sys.get/set_int_max_str_digits: the 4300-digit limit on int <-> decimal
# str conversion, its errors, and 0 for no limit.
import sys
print(sys.get_int_max_str_digits())
for v in [639, -1, 1, 2**40, 'x']:
    try:
        sys.set_int_max_str_digits(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    int('9' * 5000)
except ValueError as e:
    print(e)
try:
    str(10**5000)
except ValueError as e:
    print(e)
try:
    print(10**5000)
except ValueError as e:
    print(e)
print(len(str(10**4299)), int('7' * 4300) % 10, len(repr(-10**4299)))
try:
    print(len(str(10**4300)))
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
try:
    int('1' * 641)
except ValueError as e:
    print(e)
try:
    print(f'{10**700}')
except ValueError as e:
    print(e)
print(len(hex(10**5000)), int('1' * 5000, 16) % 7, len(format(10**700, 'x')))
print(int('1' * 5000, 2) % 1000, len(bin(10**5000)))
sys.set_int_max_str_digits(0)
print(len(str(10**20000)), int('3' * 20000) % 1000)
sys.set_int_max_str_digits(4300)
try:
    int('9' * 4301)
except ValueError as e:
    print(e)
