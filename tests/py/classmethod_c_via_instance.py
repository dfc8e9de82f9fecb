# C classmethods and staticmethods reached through an instance get the class, not the instance
print({}.fromkeys('ab', 0), {'x': 1}.fromkeys([1]))
print(b'any'.fromhex('4142'), bytearray(b'q').fromhex('43'), (7).from_bytes(b'\x01\x02', 'big'))
print(b''.maketrans(b'ab', b'AB')[97:99], bytearray().maketrans(b'x', b'y')[120])
class D(dict):
    pass
d = D()
print(type(d.fromkeys([1])).__name__, d.fromkeys([1]))
