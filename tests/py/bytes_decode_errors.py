# bytes.decode: utf-8 by default, ascii, latin-1; strict errors with CPython's ranges and reasons
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'), b'plain'.decode('ascii'))
print(bytearray(b'\xe2\x82\xac').decode(), b'\xf0\x9f\x98\x80'.decode(), b''.decode(), ascii(b'a\x00b'.decode()))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(bytearray(b'x'), encoding='ascii'), str(b'\xff', errors='replace'))
samples = [b'\xff', b'a\xc3(', b'\xe2\x82', b'\xe2\x82x', b'\xf0\x9f\x98', b'\xf0\x9f(x', b'\xed\xa0\x80',
           b'\xe0\x80\x80', b'\xf4\x90\x80\x80', b'\xf5', b'\xc0\x80', b'ok\x80ok']
for data in samples:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
        print('  ', e.encoding, e.object, e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
    for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            print('  ', errors, ascii(data.decode('utf-8', errors)))
        except UnicodeDecodeError as e:
            print('  ', errors, '!!', e)
for data, enc in [(b'ab\x80\x81', 'ascii'), (b'\xff\xfe', 'us-ascii')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end)
    print(data.decode(enc, 'replace'), data.decode(enc, 'ignore'), data.decode(enc, errors='backslashreplace'))
print(isinstance(UnicodeDecodeError('x', b'', 0, 0, 'r'), ValueError), UnicodeDecodeError.__mro__[1:4])
e = UnicodeDecodeError('utf-8', b'\xab\xcd', 0, 2, 'custom reason')
print(str(e), repr(e))
print(str(UnicodeDecodeError('utf-8', b'\xab', 0, 1, 'one byte')))
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["b'abc'.decode('bogus')", "b'abc'.decode('utf-8', 'bogus')", "b'\\xff'.decode('utf-8', 'bogus')",
             "b'\\xff'.decode('utf-8', 'xmlcharrefreplace')", "b'a'.decode(1)", "b'a'.decode('utf-8', errors=2)",
             "b'a'.decode(encoding='ascii', errors='strict')", "str('x', 'utf-8')", "str(1, 'utf-8')",
             "str(b'\\xff', 'utf-8')", "UnicodeDecodeError('x')", "UnicodeDecodeError('a', 'x', 0, 1, 'r')",
             "UnicodeDecodeError(1, b'x', 0, 1, 'r')", "UnicodeDecodeError('a', b'x', 'a', 1, 'r')",
             "UnicodeDecodeError('a', b'x', 0, 1, 2)"]:
    t(expr)
try:
    b'abc\xffdef'.decode()
except ValueError as e:
    print('caught as ValueError:', e)
b'\xde\xad'.decode('utf-8')
