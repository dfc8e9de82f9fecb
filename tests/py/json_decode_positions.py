# json.loads: \u escapes (surrogate pairs, short or bad digits), number
# edges, literals, whitespace, hooks, raw_decode, scanstring and
# JSONDecodeError's fields, with CPython's messages and positions.
import json
docs = ['"\\u', '"\\u1', '"\\u12', '"\\u123', '"\\u1234', '"\\u1234"', '"\\u12x4"', '"\\ud83d"', '"\\ud83d\\ude00"',
 '"\\ud83d\\u', '"\\ud83d\\u12', '"\\ud83d\\ude0', '"\\ud83d\\ude00', '"\\ud83d\\u0041"', '"\\ud83d\\uzzzz"', '"\\udc00\\ud83d"', '"ab\\', '"\\q"',
 '-', '-0', '-01', '0.', '0.e1', '1e', '1e+', '1E-2', '1.5e3', '2.', '[1e]', '[1.]', '-Infinity', '-Inf', 'NaNx', 'nulll', 'n', '[n]', '[nul]', '{"a":nul}',
 ' \t\n\r1 \n', '\x0c1', '[1,\x0c2]', '{ "a" : 1 , "b" : [ ] }', '{"a":1,"a":2}', '[-0.0, 1E400, -1e400, 123456789012345678901234567890]', '{"":{}}', '"\x7f"', '"\\/"']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), e.msg, e.pos)
print(json.loads('"\\ud83d\\ude00"') == '\U0001f600', len(json.loads('"\\ud83d\\u0041"')))
print(json.loads('"a\x01b"', strict=False), json.decoder.JSONDecoder(strict=False).decode('["\\n\x1f"]'))
print(json.loads('{"a": 1, "b": [1.5, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10, object_pairs_hook=list))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.upper()))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1}', object_hook=None, cls=None, parse_int=None))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('  [1]', 2))
try:
    json.JSONDecoder().raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
from json.decoder import scanstring
print(scanstring('"abc" x', 1), scanstring('x"a\\nb"', 2))
e = json.JSONDecodeError("boom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.args, e.__reduce__()[1])
