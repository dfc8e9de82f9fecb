# bytearray item and slice assignment and deletion
b = bytearray(b'hello world')
b[0] = 72
b[-1] = ord('D')
print(b)
b[0:5] = b'HOWDY'
print(b)
b[5:6] = b'___'
print(b)
b[0:0] = b'>>'
b[len(b):] = [33, 33]
print(b)
b[2:7] = []
print(b)
b[::2] = b'X' * len(b[::2])
print(b)
b[::-1] = b[:]
print(b)
b[1:3] = bytearray(b'..')
b[3:5] = (x for x in b'()')
b[5:7] = range(48, 50)
print(b)
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
del b[:]
print(b, len(b))
c = bytearray(b'0123456789')
del c[8:2:-2]
print(c)
c[1:4] = c
print(c)
c[:] = b''
print(c)
def t(label, action):
    b = bytearray(b'hello')
    try:
        action(b)
        print(label, '->', b)
    except Exception as e:
        print(label, '!!', type(e).__name__, e, b)
cases = [
    ("b[0] = 300", lambda b: b.__setitem__(0, 300)),
    ("b[0] = b'a'", lambda b: b.__setitem__(0, b'a')),
    ("b[0] = 'a'", lambda b: b.__setitem__(0, 'a')),
    ("b[10] = 1", lambda b: b.__setitem__(10, 1)),
    ("b[-6] = 1", lambda b: b.__setitem__(-6, 1)),
    ("b['a'] = 1", lambda b: b.__setitem__('a', 1)),
    ("b[0:2] = 'ab'", lambda b: b.__setitem__(slice(0, 2), 'ab')),
    ("b[0:2] = 5", lambda b: b.__setitem__(slice(0, 2), 5)),
    ("b[0:2] = None", lambda b: b.__setitem__(slice(0, 2), None)),
    ("b[0:2] = [1, 'a']", lambda b: b.__setitem__(slice(0, 2), [1, 'a'])),
    ("b[0:2] = [256]", lambda b: b.__setitem__(slice(0, 2), [256])),
    ("b[::2] = b'ab'", lambda b: b.__setitem__(slice(None, None, 2), b'ab')),
    ("b[::2] = b'abc'", lambda b: b.__setitem__(slice(None, None, 2), b'abc')),
    ("b[::-1] = b'abcde'", lambda b: b.__setitem__(slice(None, None, -1), b'abcde')),
    ("del b[10]", lambda b: b.__delitem__(10)),
    ("del b['a']", lambda b: b.__delitem__('a')),
    ("del b[::-2]", lambda b: b.__delitem__(slice(None, None, -2))),
    ("b[1.5] = 1", lambda b: b.__setitem__(1.5, 1)),
]
for label, action in cases:
    t(label, action)
def store(b):
    b[0] = 300
def delete(b):
    del b[99]
for f in (store, delete):
    try:
        f(bytearray(b'x'))
    except (ValueError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
x = b'immutable'
try:
    x[0] = 73
except TypeError as e:
    print(type(e).__name__, e)
try:
    del x[0]
except TypeError as e:
    print(type(e).__name__, e)
