# json.dump's write() pieces and json.dumps's text for nesting, indent
# (int, 0, str), sort_keys, skipkeys, key types, separators, ensure_ascii,
# NaN messages, and iterencode stopping at an unknown type.
import json, enum
class C:
    def __init__(self): self.chunks = []
    def write(self, s): self.chunks.append(s)
class E(enum.IntEnum):
    A = 1
class F(float): pass
class S(str): pass
for obj, kw in [([1, [2, []], {}, {"a": [True, None, 1.5]}, "x"], {}),
                ([1, [2, []], {"k": {}}, {"a": [True, None, 1.5]}, "x"], {"indent": 2}),
                ({"b": 1, "a": (2, 3)}, {"sort_keys": True, "indent": "\t"}),
                ({1: "a", 2.5: "b", True: "c", None: "d", E.A: "e", (1,): "skip"}, {"skipkeys": True}),
                ({False: 0, 7: [], -1.5: {}}, {}),
                ([E.A, F(2.5), S("s"), -0.0, 1e300, 10**30], {"indent": 0}),
                ("é\u2028\U0001f600\x00\"\\\n", {}),
                ("é\u2028\U0001f600\x00\"\\\n\x7f\x1f", {"ensure_ascii": False}),
                ([float("nan"), float("inf"), -float("inf")], {"separators": (";", "=")}),
                ({"a": [1, 2]}, {"separators": (",", ":"), "indent": 1}),
                ]:
    c = C()
    json.dump(obj, c, **kw)
    print(c.chunks)
    print(repr(json.dumps(obj, **kw)))
print(list(json.JSONEncoder().iterencode([1, {"a": 2}])))
print(json.JSONEncoder().encode("x"), json.JSONEncoder(indent=2).encode({}))
print(repr(json.JSONEncoder().item_separator), repr(json.JSONEncoder(indent=1).item_separator))
from json.encoder import encode_basestring, encode_basestring_ascii
print(encode_basestring("a\"é\x1f"), encode_basestring_ascii("a\"é\x1f\U0001f600"))
for o in [float("nan"), [float("inf")], {"a": float("-inf")}]:
    for ind in (None, 2):
        try:
            json.dumps(o, allow_nan=False, indent=ind)
        except ValueError as e:
            print(e)
it = json.JSONEncoder().iterencode([1, 2, object(), 3])
print(next(it), next(it), repr(next(it)))
try:
    next(it)
except TypeError as e:
    print(e)
print(json.dumps({"x": 1}, default=str, indent=None, check_circular=False))
print(json.dumps([1, [2]], ensure_ascii=1, skipkeys=0, cls=None))
try:
    json.dump(1, C(), bogus=1)
except TypeError as e:
    print(e)
