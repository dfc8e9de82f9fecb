a = b'abc'
b = B"double"
c = rb'raw\n\x00'
d = Br'\d+'
e = bR'x'
f = RB'y'
g = b'''tri
ple'''
h = b"""it's"""
i = b'a' b"b" rb'\c'
j = (b'one'
     b'two')
k = b''
l = b'"'
m = b'\''
n = [b'x', (b'y',), {b'z': b'w'}]
