b = b'abc\x00\xff' + bytes(3) + bytes([1, 2]) + rb'\d'
ba = bytearray(b)
ba[1:3] = b'XYZ'
del ba[::2]
ba += ba
ba *= 2
ba.extend(range(5))
print(b, ba, b[::-1], b.hex(':'), bytes.fromhex('00 ff'), b.split(b'\x00'), ba.pop(), b'%s %d %c' % (b'x', 1, 65))
print('héllo'.encode(), b'h\xc3\xa9'.decode(), b'\xff'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'xmlcharrefreplace'))
print(int.from_bytes(b, 'little', signed=True), (2**70).to_bytes(9, 'big'), {b: 1}, sorted([b'b', bytearray(b'a')]))
try:
    b'\xe2\x82'.decode()
except UnicodeDecodeError as e:
    print(e)
