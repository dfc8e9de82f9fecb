# int.to_bytes and int.from_bytes: byte order, sign, length and their errors
for n in [0, 1, 255, 256, 1024, 2**32 - 1, 2**64 + 5, 10**30]:
    size = max(1, (n.bit_length() + 7) // 8)
    big, little = n.to_bytes(size, 'big'), n.to_bytes(size, 'little')
    print(n, big, little, int.from_bytes(big, 'big') == n, int.from_bytes(little, 'little') == n)
for n in [-1, -128, -129, -256, 127, -2**63, -(2**70) + 3]:
    size = (n.bit_length() + 8) // 8
    raw = n.to_bytes(size, 'big', signed=True)
    print(n, raw, int.from_bytes(raw, 'big', signed=True), int.from_bytes(raw, 'big'))
print((1).to_bytes(), (65).to_bytes(1), (258).to_bytes(2), (1).to_bytes(4, byteorder='little'), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes([1, 2], 'big'),
      int.from_bytes(bytearray(b'\xff\xff'), 'big', signed=True), int.from_bytes(b'', 'big'), int.from_bytes(b'', 'big', signed=True))
print(int.from_bytes(iter([0, 1]), byteorder='big'), int.from_bytes(bytes=b'\x10', byteorder='little'))
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00', 'big'), type(bool.from_bytes(b'\x02', 'big')).__name__)
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b'\x07', 'big')).__name__, MyInt.from_bytes(b'\x07', 'big'), (True).to_bytes(2, 'big'))
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(2, 'big')", "(128).to_bytes(1, 'big', signed=True)",
             "(-129).to_bytes(1, 'big', signed=True)", "(1).to_bytes(2, 'middle')", "(1).to_bytes(-1, 'big')",
             "(1).to_bytes(1, 5)", "(1).to_bytes('a')", "(1).to_bytes(1, 'big', True)", "(0).to_bytes(0)",
             "(1).to_bytes(0)", "int.from_bytes('ab', 'big')", "int.from_bytes(5, 'big')", "int.from_bytes([256], 'big')",
             "int.from_bytes(b'', 'huge')", "int.from_bytes()", "int.from_bytes(b'', 'big', True)"]:
    t(expr)
