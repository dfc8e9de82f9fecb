# bytes.hex (with a separator) and bytes.fromhex / bytearray.fromhex
data = b'\xde\xad\xbe\xef\x00\x01'
print(data.hex(), data.hex(':'), data.hex(' ', 2), data.hex('-', -4), data.hex(b'_'), data.hex(sep='.', bytes_per_sep=3))
print(b''.hex(), b''.hex(':'), b'\x01'.hex(':'), data.hex(':', 0), data.hex(':', 100), bytearray(b'\xff\x10').hex(','))
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD be ef'), bytes.fromhex(' 01 02\n03\t'), bytes.fromhex(''))
print(bytearray.fromhex('00 ff'), type(bytearray.fromhex('')).__name__, b'x'.fromhex('41'))
print(bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(' ')) == data)
class Hexy(bytes):
    pass
print(type(Hexy.fromhex('41')).__name__, Hexy.fromhex('4142'))
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["bytes.fromhex('zz')", "bytes.fromhex('a')", "bytes.fromhex('abc')", "bytes.fromhex('0 1')",
             "bytes.fromhex(b'aa')", "bytes.fromhex('aé')", "bytes.fromhex()", "bytearray.fromhex('1g')",
             "b'abc'.hex('::')", "b'abc'.hex('é')", "b'abc'.hex(1)", "b'abc'.hex([1])", "b'abc'.hex([1, 2])",
             "b'abc'.hex(':', 'x')", "b'abc'.hex(bytearray(b':'))"]:
    t(expr)
