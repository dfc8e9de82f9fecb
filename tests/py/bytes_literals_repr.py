# bytes literals of every form and how they print (repr, str, print, f-strings)
a = b'abc'
b = B"double"
c = rb'raw\n\x00'
d = Br'\d+'
e = b'''tri
ple'''
f = b'a' b"b" rb'\c'
g = (b'one'
     b'two')
print(a, b, c, d, e, f, g)
print(repr(b'\x00\x7f\x80\xff'), repr(b'\t\n\r\\'))
print(b'\0\7\77\101\777\400')
print(b'\u1234\N{DASH}\q')
# quote choice: ' unless the bytes hold ' and no "
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b''))
# bytearray repr escapes every single quote
print(repr(bytearray(b"it's")), repr(bytearray(b'x"y')), bytearray(), bytearray(b'\x00'))
print(str(b'x'), str(bytearray(b'y')), [b'x', (b'y',), {b'k': bytearray(b'v')}])
print(f'{b"q"!r} {b"q"} {b"q"!s} {b"q"!a} {b"q"!r:>8}|')
print('%s %r' % (b'p', b'p'), '{} {!r}'.format(b'f', bytearray(b'f')))
print(len(b'line\
continued'), b'line\
continued')
print(type(b''), type(bytearray()))
print(ascii(b'\xff'), ascii('caf\xe9'), ascii([b'a', 'é']))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(repr(B(b'sub')), repr(BA(b'sub')), type(B(b'x')).__name__)
print(b"\x41\x42" == b'AB', b'\x41' b'\x42' == b'AB')
