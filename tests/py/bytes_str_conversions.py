# where builtins meet bytes: int(), float(), ord(), str(b, enc), sum(), eval(), isinstance()
print(int(b'42'), int(b' -7 '), int(b'ff', 16), int(bytearray(b'0x1f'), 0), int(b'1_000'), float(b'1.5'), float(bytearray(b' -2e3 ')))
print(ord(b'a'), ord(bytearray(b'z')), ord(b'\xff'), chr(ord(b'A')))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'x', encoding='ascii'), str(b'\xe9', 'latin-1', 'strict'), str(encoding='utf-8'), repr(str(b'bytes')))
print(eval(b'1 + 2'), eval(bytearray(b'"%d" % 7')), [type(x).__name__ for x in (b'', bytearray(), memoryview if False else 0)])
print(isinstance(b'', (str, bytes)), isinstance('', (bytes, bytearray)), issubclass(bytearray, bytes))
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["int(b'x')", "int(b'12\\xff')", "int(b'')", "int(b'9', 8)", "float(b'x')", "float(b'1\\xe9')",
             "ord(b'ab')", "ord(b'')", "ord(bytearray())", "sum([b'a'], b'')", "sum([], bytearray())",
             "str('x', 'utf-8')", "str(1, 'utf-8')", "str(b'x', 1)", "int(b'5', base=b'10')",
             "format(b'x', '10')", "format(b'x', '')", "f'{b\"x\":>5}'", "b'x'.__format__('')"]:
    t(expr)
