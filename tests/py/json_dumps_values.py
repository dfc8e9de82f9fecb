# json.dumps: floats as repr, NaN/Infinity, ensure_ascii escapes, keys.
import json

print(json.dumps([0.1, 1.0, 1e16, 1e-7, -0.0, 3.141592653589793, 2**64, -5, True, False]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps("caf\u00e9 \u2603 \U0001F600 \x00\x1f \"q\" \\ / \b\f\n\r\t"))
print(json.dumps("caf\u00e9 \u2603 \U0001F600 \x00", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, 1e20: 1}))
print(json.dumps({(1, 2): "skip", "keep": 1}, skipkeys=True))
class Str(str):
    pass
class Int(int):
    def __repr__(self):
        return "Int!"
class Float(float):
    def __repr__(self):
        return "Float!"
print(json.dumps([Str("sub"), Int(7), Float(2.5)]), json.dumps({Int(3): Float(1.5)}, indent=1))
print(json.JSONEncoder().encode({"x": [1, 2]}), json.JSONEncoder(indent=2).encode([1]))
print(list(json.JSONEncoder().iterencode({"a": [1, "b"]})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {"c": None}])))
