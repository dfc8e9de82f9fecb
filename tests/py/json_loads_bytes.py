# json.loads takes UTF-8 bytes and bytearray (a BOM is skipped), and names
# the accepted types when given something else.
import json

print(json.loads(b'{"name": "caf\xc3\xa9", "n": [1, 2.5, null]}'))
print(json.loads(bytearray(b'[true, false]')))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
print(json.loads('"\\u00e9"'.encode()))
for bad in (123, None, [b'1']):
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads(b'{"a": }')
except json.JSONDecodeError as e:
    print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.loads('\ufeff{}')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
