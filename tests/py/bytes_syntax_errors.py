# the SyntaxErrors of bytes literals, caught from eval()
# (offsets are checked by the frontend tests: after an eval source they differ)
sources = ["b'caf\u00e9'", "b'a' 'b'", "'a' b'b'", "f'{1}' b'b'", "b'a' f'{1}'", "b'ok\\xZ1'", "b'a' b'\\x4'",
           "rb'\u00e9'", "b'a' b'\u00e9' 'z'", "b'a' '\\xZZ'", "bu'x'", "b'\\777'", "b'\\N{DASH}'"]
for src in sources:
    try:
        print(ascii(src), '->', eval(src))
    except SyntaxError as e:
        print(ascii(src), '!!', type(e).__name__, e.msg, e.lineno)
