# Defaults, default_factory, field() options, and the errors for a
# non-default field after a default one and for mutable defaults.
from dataclasses import dataclass, field

calls = []

def make_tags():
    calls.append("made")
    return ["new"]

@dataclass
class Item:
    __annotations__ = {"name": str, "price": float, "tags": list, "qty": int,
                       "secret": str, "note": str}
    price = 0.0
    tags = field(default_factory=make_tags)
    qty = field(default=1, repr=False)
    secret = field(default="s", compare=False)
    note = field(default="n", init=False)

a = Item("apple")
b = Item("pear", 2.5, ["fruit"], 3, "x")
print(a, b, calls)
print(a.qty, b.qty, a.note, Item.price, Item.qty, Item.note, hasattr(Item, "tags"))
print(Item("x") == Item("x", secret="other"), Item("x") == Item("x", qty=2))
a.tags.append("more")
print(Item("z").tags, a.tags, Item.__doc__)

def attempt(label, build):
    try:
        build()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def non_default():
    @dataclass
    class Bad:
        __annotations__ = {"x": int, "y": int}
        x = 1
attempt("non-default after default", non_default)

def mutable_list():
    @dataclass
    class Bad:
        __annotations__ = {"items": list}
        items = []
attempt("mutable list", mutable_list)

def mutable_dict():
    @dataclass
    class Bad:
        __annotations__ = {"x": int, "mapping": dict}
        x = 0
        mapping = field(default={})
attempt("mutable dict", mutable_dict)

attempt("default and factory", lambda: field(default=1, default_factory=list))

def no_annotation():
    @dataclass
    class Bad:
        __annotations__ = {"x": int}
        y = field(default=2)
attempt("field without annotation", no_annotation)

def tuple_default():
    @dataclass
    class Fine:
        __annotations__ = {"pair": tuple, "frozen": frozenset}
        pair = (1, [2])
        frozen = frozenset()
    print(Fine())
attempt("tuple default", tuple_default)

def init_false_middle():
    @dataclass
    class Fine:
        __annotations__ = {"a": int, "b": int, "c": int}
        a = 1
        b = field(init=False, default=0)
        c = 3
    print(Fine(), Fine(5, 6))
attempt("init=False", init_false_middle)
