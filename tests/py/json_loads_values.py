# json.loads: values, whitespace, escapes, numbers, hooks.
import json

doc = ' { "a" : [1, 2.5, -3e2, 1E-2, 0, -0, -0.0, true, false, null], "b": {"c": "d"}, "e": "" } '
print(json.loads(doc))
print(json.loads('"\\u00e9\\u2603\\ud83d\\ude00 \\" \\\\ \\/ \\b\\f\\n\\r\\t"'))
print(repr(json.loads('"\\ud800 lone"')), repr(json.loads('"\\ud83d\\u0041"')))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("12345678901234567890123"), json.loads("1.7976931348623157e308"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.25, "y": 3}', parse_float=str, parse_int=float))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=list))
print(json.loads('{"type": "point", "x": 1}', object_hook=lambda d: ("hooked", sorted(d))))
print(json.loads('"tab\there"', strict=False))
dec = json.JSONDecoder()
print(dec.decode("[1, 2]"), dec.raw_decode('{"k": 1} trailing'), dec.raw_decode("xx 7", 3))
