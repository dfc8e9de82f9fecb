# str.encode: utf-8 by default, ascii, latin-1; error handlers and UnicodeEncodeError
print('héllo'.encode(), 'héllo'.encode('utf-8'), 'héllo'.encode(encoding='latin-1'), 'plain'.encode('ascii'))
print('€ 😀'.encode(), 'x'.encode('UTF8'), ''.encode(), 'a\x00b'.encode('ascii'))
for s, enc in [('é€', 'ascii'), ('aé€b', 'ascii'), ('aé€b', 'latin-1'), ('a😀', 'latin-1'), ('\ud800', 'utf-8'),
               ('a\ud800\udc00b', 'utf-8'), ('x€y€€z', 'latin-1')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print('  ', e.encoding, ascii(e.object), e.start, e.end, e.reason)
    for errors in ['replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']:
        print('  ', errors, s.encode(enc, errors))
print('\udcff\udc80'.encode('utf-8', 'surrogateescape'), 'a\udce9'.encode('ascii', 'surrogateescape'))
print(b'caf\xe9'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape'))
try:
    'a\u20ac'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
e = UnicodeEncodeError('ascii', 'x😀y', 1, 2, 'custom')
print(str(e), repr(e), e.object, e.start)
print(str(UnicodeEncodeError('ascii', 'x€', 1, 2, 'why')), str(UnicodeEncodeError('ascii', 'xé', 1, 2, 'why')))
print(str(UnicodeEncodeError('ascii', 'xyz', 0, 3, 'all')), issubclass(UnicodeEncodeError, UnicodeError))
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["'a'.encode('bogus')", "'é'.encode('ascii', 'bogus')", "'a'.encode('ascii', 'bogus')",
             "'a'.encode(errors=1)", "'a'.encode(1)", "'a'.encode('utf-8', 'strict', 3)",
             "UnicodeEncodeError('a', b'x', 0, 1, 'r')", "bytes('é', 'ascii')", "bytearray('€', 'latin-1')"]:
    t(expr)
'naïve'.encode('ascii')
