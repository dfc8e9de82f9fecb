# bytes as a sequence: index, slice, iterate, in, +, *, compare, hash, containers
b = b'hello world'
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:], b[:0])
print(list(b'abc'), [c for c in bytearray(b'xy')], tuple(b'\x00\xff'), len(b), len(bytearray()))
print(111 in b, b'wor' in b, b'' in b, b'z' in b, 256 in b'' if False else 'skip', bytearray(b'lo') in b)
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'ab' * 3, 3 * b'ab', b'x' * 0, b'x' * -2)
print(b'a' == b'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' == 'a', b'a' != 'a')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', bytearray(b'a') <= b'a', b'' < b'\x00')
print(sorted([b'pear', b'apple', bytearray(b'fig'), b'Apple']), max(b'abc'), min(b'abc'), sum(b'\x01\x02'))
print(hash(b'') == 0, hash(b'abc') == hash('abc'), hash(b'abc') == hash(b'ab' + b'c'))
d = {b'key': 1, 'key': 2}
d[b'k' + b'ey'] += 10
print(d, d[b'key'], b'key' in d, bytearray(b'key') in [b'key'])
print({b'one', b'two', b'three', b'four', b'five', b'six'})
print(set(b'mississippi'), frozenset([b'x', b'x']))
print(list(reversed(b'abc')), list(enumerate(b'hi')), list(zip(b'ab', b'cd')), dict.fromkeys(b'aa'))
print(isinstance(b, bytes), isinstance(b, (str, bytes)), isinstance(bytearray(), (bytes, bytearray)),
      isinstance(b, bytearray), issubclass(bytes, object), type(b) is bytes)
x, y, *rest = b'xyz12'
print(x, y, rest, b'%d' % 5 if True else '')
print(bool(b''), bool(b'\x00'), bool(bytearray()), not bytearray(b'a'))
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'), type(iter(bytearray())).__name__)
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
bb, ba = b'a', bytearray(b'a')
for expr in ["bb[5]", "ba[5]", "bb['x']", "ba['x']", "bb[1.0]",
             "'a' in b'abc'", "256 in b'abc'", "-1 in b'a'", "1.5 in b'a'", "b'a' + 'b'",
             "bytearray(b'a') + 'b'", "'a' + b'b'", "b'a' + 1", "b'a' + [1]", "b'a' * 'x'",
             "b'a' < 'a'", "b'a' >= 1", "hash(bytearray(b'a'))", "{bytearray(): 1}", "bb[2**70]",
             "b''.x"]:
    t(expr)
