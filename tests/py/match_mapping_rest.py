# Mapping patterns: keys must be present (extra keys are ignored),
# **rest collects the others into a new dict; only mappings match.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k!r} with {mods}"
        case {"type": t, **rest} if not rest:
            return f"bare event {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)},
          {"type": "click", "pos": (1, 2), "button": 3},
          {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "ctrl": False},
          {"type": "key", "key": 5},
          {"type": "scroll"},
          {"type": "scroll", "amount": 3},
          {},
          [("type", "click")],
          "type"]:
    print(handle(e))

# rest is a fresh dict without the matched keys, in the subject's order
d = {"c": 3, "a": 1, "b": 2}
match d:
    case {"a": 1, **rest}:
        print(rest, rest is d, d)

# non-string keys: numbers, negative numbers, None, True, dotted names
class K:
    A = "a"
match {1: "one", -2: "minus two", None: "none", True: "true?", "a": "via K.A"}:
    case {1: one, -2: m2, None: n, K.A: a}:
        print(one, m2, n, a)

# 1 and True are the same key
match {1: "x"}:
    case {True: v}:
        print("True found the key 1:", v)

# a dict subclass: get() is used, so __missing__ is not called
class Defaults(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0
match Defaults(a=1):
    case {"a": a, "b": b}:
        print("b found?", b)
    case {"a": a}:
        print("only a", a)

# a dict subclass with its own get()
class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)
match Logged(x=1, y=2):
    case {"x": 1, "y": y}:
        print("y =", y)

# nested mappings and sequences
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": host, "ports": [first, *others]}, "debug": debug}:
        print(host, first, others, debug)

# the length check comes first: a mapping with fewer items never calls get
match {"a": 1}:
    case {"a": _, "b": _}:
        print("no")
    case {"a": _}:
        print("a only")
