# bytes() and bytearray() from nothing, a count, ints, a str and an encoding, __bytes__
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(97, 100)))
print(bytes(x for x in [104, 105]), bytes(b'copy'), bytes(bytearray(b'ba')), bytes('héllo', 'utf-8'))
print(bytes('abc', encoding='ascii'), bytes('é', 'latin-1'), bytes('é', 'ascii', 'replace'))
print(bytearray(), bytearray(2), bytearray([1, 255]), bytearray(b'xy'), bytearray('hé', 'utf-8'))
print(bytearray(range(3)), bytearray(iter([7])), bytearray(bytearray(b'q')))
class Pt:
    def __bytes__(self):
        return b'point'
class Bad:
    def __bytes__(self):
        return 'not bytes'
class Idx:
    def __index__(self):
        return 2
print(bytes(Pt()), bytes(Idx()), bytearray(Idx()))
print(list(bytearray(Pt())) if hasattr(Pt, '__iter__') else 'no iter')
class Sub(bytes):
    pass
s = Sub(b'sub')
print(s, type(s).__name__, isinstance(s, bytes), s + b'!', type(s + b'!').__name__)
print(bytes(b'x').__bytes__(), Sub(b'y').__bytes__(), type(Sub(b'y').__bytes__()).__name__)
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["bytes('abc')", "bytes(1, 'utf-8')", "bytes(errors='strict')", "bytes(encoding='utf-8')",
             "bytes('a', errors='x')", "bytes(b'a', errors='x')", "bytes(-1)", "bytes([256])",
             "bytes([-1])", "bytes(['a'])", "bytes(1.5)", "bytes(None)", "bytes('a', 5)",
             "bytes('a', 'utf-8', 3)", "bytes(Bad())", "bytes([1], [2], [3], [4])",
             "bytearray('abc')", "bytearray(1, 'utf-8')", "bytearray([256])", "bytearray(['a'])",
             "bytearray(1.5)", "bytearray(-1)", "bytearray(Pt())", "bytearray(b'a', 'utf-8')",
             "bytearray(errors='x')", "bytearray('a', encoding=1)"]:
    t(expr)
