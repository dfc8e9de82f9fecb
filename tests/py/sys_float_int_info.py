# sys.float_info and sys.int_info: named tuples of the platform's numbers.
import sys
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[2], sys.int_info)
print(sys.int_info.bits_per_digit, 1.0 + sys.float_info.epsilon > 1.0)
