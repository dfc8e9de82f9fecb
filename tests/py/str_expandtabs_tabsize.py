# str.expandtabs: tabsize is a C int (OverflowError beyond it, as CPython),
# columns restart after \n and \r, zero or negative tabsize drops tabs.
for t in [2**40, 2**31, -2**31 - 1, 2**100, -2**100]:
    try:
        '\t'.expandtabs(t)
    except OverflowError as e:
        print(t.bit_length(), type(e).__name__, e)
print(repr('a\tb'.expandtabs(-5)), repr('a\tb'.expandtabs(tabsize=0)))
print(repr('a\tbé\t\u20ac\t\n\tx\r\t'.expandtabs()))
print(repr('12345\t1\t'.expandtabs(4)), repr('\t'.expandtabs(True)))
s = 'no tabs here'
print(s.expandtabs() is s, s.expandtabs(3) == s)
print(len('\t\t'.expandtabs(10**6)), len('ab\tc'.expandtabs(2**20)))
for bad in [1.5, 'x', None]:
    try:
        'ab'.expandtabs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Four:
    def __index__(self):
        return 4
print(repr('a\tb'.expandtabs(Four())))
