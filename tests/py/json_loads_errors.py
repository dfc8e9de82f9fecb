# json.loads: JSONDecodeError's message, msg, pos, lineno and colno.
import json

docs = ["", "   ", "[1,", '{"a" 1}', '"abc', '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12g4"',
        '"\\ud83d\\u12x4"', "[1 2]", '{"a":1,}', "{1:2}", "nul", "1 2", "[", "{", '{"a":',
        "[1,]", "-", "01", "1.", "1e5x", "tru", "[1]x", "\n\n  x", '"\\', '{"a":1 "b":2}',
        '["a\tb"]', "-x", '"\\u123', '"\\u1234', "[1e]", '{"a":1}}', '{"a": [1, 2}',
        "\ufeff[]", '{"a"', "[-]", "[.5]", "[+1]", "{'a': 1}", "[1,\n 2,\n x]"]
for doc in docs:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
try:
    json.loads(None)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
try:
    json.loads("[1, oops]")
except ValueError as e:
    print("caught as ValueError:", e, e.doc)
