# the TypeErrors and ValueErrors of bytes methods
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["b'abc'.find('a')", "b'abc'.find(300)", "b'abc'.find(b'a', 'x')", "b'abc'.count('a')",
             "b'abc'.index(b'z')", "b'abc'.rindex(b'z')", "b'abc'.index(122)", "b'abc'.find()",
             "b'abc'.startswith('a')", "b'abc'.startswith(('a',))", "b'abc'.endswith(1)",
             "b'a'.join(['x'])", "b'a'.join([b'x', 1])", "b'a'.join(5)", "b'abc'.strip('a')",
             "b'abc'.center(10, 'x')", "b'abc'.center(10, b'xy')", "b'abc'.ljust('5')",
             "b'abc'.replace('a', 'b')", "b'abc'.replace(b'a')", "b'abc'.split('a')",
             "b'abc'.split(b'')", "b'ab'.split(1)", "b'ab'.split(b'a', 'x')", "b'ab'.partition('a')",
             "b'ab'.partition(b'')", "b'ab'.removeprefix('a')", "b'ab'.upper(1)",
             "b'ab'.translate(b'short')", "bytes.maketrans(b'ab', b'c')", "b'x'.zfill('3')",
             "b'ab'.splitlines(keepends=True)", "b'ab'.nosuch()"]:
    t(expr)
