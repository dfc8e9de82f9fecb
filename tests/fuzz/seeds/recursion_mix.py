import sys
def trial(name, fn):
    try:
        fn()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError", e)
class GA:
    def __getattr__(self, n):
        return getattr(self, n)
trial("getattr", lambda: GA().x)
class GI:
    def __getitem__(self, k):
        return self[k]
trial("getitem", lambda: GI()[0])
class L:
    def __len__(self):
        return len(self)
trial("len", lambda: len(L()))
class B:
    def __bool__(self):
        return bool(self)
trial("bool", lambda: bool(B()))
class H:
    def __hash__(self):
        return hash(self)
trial("hash", lambda: hash(H()))
class I:
    def __iter__(self):
        return iter(self)
trial("iter", lambda: iter(I()))
class P:
    @property
    def p(self):
        return self.p
trial("property", lambda: P().p)
class F:
    def __format__(self, spec):
        return format(self, spec)
trial("format", lambda: f"{F()}")
class Init:
    def __init__(self):
        Init()
trial("init", Init)
class Call:
    def __call__(self):
        return self()
trial("call", Call())
f = lambda: f()
trial("lambda", f)
def comp():
    return [comp() for _ in range(1)]
trial("comprehension", comp)
def genexp():
    return sum(genexp() for _ in range(1))
trial("genexpr", genexp)
def key(x):
    return sorted([1, 2], key=key)
trial("sorted key", lambda: key(0))
def mx(x):
    return max([1, 2], key=mx)
trial("max key", lambda: mx(0))
class Add:
    def __add__(self, o):
        return self + o
trial("add", lambda: Add() + 1)
class Radd:
    def __radd__(self, o):
        return o + self
trial("radd", lambda: 1 + Radd())
class Cont:
    def __contains__(self, x):
        return x in self
trial("contains", lambda: 1 in Cont())
class Ctx:
    def __enter__(self):
        with self:
            pass
    def __exit__(self, *a):
        pass
def use_ctx():
    with Ctx():
        pass
trial("with", use_ctx)
def deco(f):
    return deco(f)
trial("decorator", lambda: deco(1))
class StrR:
    def __str__(self):
        return "%s" % self
trial("percent", lambda: str(StrR()))
def throw_rec():
    def g():
        yield
    it = g()
    next(it)
    try:
        it.throw(ValueError)
    except ValueError:
        throw_rec()
trial("throw", throw_rec)
def raising(n):
    try:
        raise ValueError(n)
    except ValueError:
        raising(n + 1)
trial("raise in except", lambda: raising(0))
def finally_rec():
    try:
        pass
    finally:
        finally_rec()
trial("finally", finally_rec)
print("getrecursionlimit", sys.getrecursionlimit())
