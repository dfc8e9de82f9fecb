# bytearray is mutable: append, extend, pop, insert, remove, clear, reverse, copy, +=, *=
b = bytearray(b'hello')
b.append(33)
b.extend(b' wor')
b.extend([108, 100])
b.extend(x for x in b'!!')
b.extend(bytearray(b'?'))
print(b, len(b))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.insert(0, 72)
b.insert(100, 46)
b.insert(-100, 60)
b.insert(-1, 62)
print(b)
b.remove(33)
b.remove(108)
print(b)
c = b.copy()
c.reverse()
print(c, b, c is b, type(c).__name__)
b.clear()
print(b, len(b), b == bytearray(), b == b'')
d = bytearray(b'ab')
alias = d
d += b'cd'
d += bytearray(b'ef')
d *= 2
print(d, alias is d, alias)
e = b'ab'
e2 = e
e += b'cd'
print(e, e2, e is e2)
f = bytearray(b'xy')
f *= 0
print(f)
g = bytearray(b'self')
g.extend(g)
g[len(g):] = g
print(g)
h = bytearray()
for i in range(5):
    h.append(i * 50)
print(h, list(h), h.hex())
def t(stmt):
    b = bytearray(b'hello')
    try:
        exec_result = eval(stmt, {'b': b})
        print(stmt, '->', exec_result, b)
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e, b)
for stmt in ["b.append(256)", "b.append(-1)", "b.append('a')", "b.append(b'a')", "b.append(2**70)",
             "b.extend('ab')", "b.extend(5)", "b.extend([1, 300])", "b.extend([1, 'x'])", "b.pop(10)",
             "bytearray().pop()", "b.pop('a')", "b.insert(0, 300)", "b.insert('a', 1)", "b.insert(0)",
             "b.remove(120)", "b.remove(b'h')", "b.remove(300)", "b.__iadd__('x')", "b.__iadd__([1])",
             "b.__imul__('a')", "b.copy(1)"]:
    t(stmt)
b = bytearray(b'x')
try:
    b += 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
