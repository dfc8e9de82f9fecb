# json.dumps: TypeError for unknown types and keys, default=, cls=,
# circular references, allow_nan=False (with and without indent).
import json

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

attempt("object", lambda: json.dumps(Point(1, 2)))
attempt("set", lambda: json.dumps({"s": {1}}))
attempt("key", lambda: json.dumps({(1, 2): 3}))
attempt("key indent", lambda: json.dumps({frozenset(): 3}, indent=2))
attempt("default", lambda: json.dumps(Point(1, 2), default=lambda o: o.__dict__))
attempt("default list", lambda: json.dumps([Point(1, 2), {"p": Point(3, 4)}], default=vars, indent=1))
attempt("default fails", lambda: json.dumps([1, Point(1, 2)], default=lambda o: o))
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
attempt("cls", lambda: json.dumps({"pts": [Point(0, 1)]}, cls=PointEncoder))
attempt("cls fails", lambda: json.dumps(object(), cls=PointEncoder))
a = [1]
a.append(a)
attempt("circular list", lambda: json.dumps(a))
d = {}
d["self"] = d
attempt("circular dict", lambda: json.dumps(d, indent=2))
attempt("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("inf strict indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=2))
attempt("inf key strict", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
attempt("sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
attempt("bad kw", lambda: json.dumps(1, bogus=True))
