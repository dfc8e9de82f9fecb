# encoding names are normalised and aliased as CPython's codec registry does
names = ['utf-8', 'UTF-8', 'utf8', 'UTF8', 'utf_8', 'U8', 'utf', ' utf-8 ', 'Utf--8', 'cp65001',
         'ascii', 'ASCII', 'us-ascii', 'US_ASCII', '646', 'us', 'ansi_x3.4_1968',
         'latin-1', 'latin1', 'Latin_1', 'iso-8859-1', 'ISO8859-1', 'l1', 'latin', 'cp819', '8859']
for name in names:
    print(repr(name), 'é'.encode(name, 'replace'), b'\xc3\xa9'.decode(name, 'replace'))
for name in ['', 'utf-9', 'latin-2', 'utf 8 x']:
    try:
        'x'.encode(name)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    b'x'.decode('nope')
except LookupError as e:
    print(type(e).__name__, e, e.args)
try:
    'é'.encode('us-ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e)
