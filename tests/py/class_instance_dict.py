class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
a = A()
a.y = "two"
print(a.__dict__, vars(a), "cls_attr" in a.__dict__)
a.__dict__["z"] = 3
print(a.z, sorted(vars(a)))
class S:
    def __setattr__(self, n, v):
        print("set", n, v)
        super().__setattr__(n, v)
s = S()
s.a = 1
print(s.a, s.__dict__)
class G:
    def __getattr__(self, n):
        if n.startswith("x"):
            return n * 2
        raise AttributeError(f"no {n}")
g = G()
print(g.xy, getattr(g, "zz", "default"), hasattr(g, "q"))
class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
class Sub(Base, flag=1):
    pass
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 10
p = Prop()
p.v = 2
print(p.v, vars(p))
try:
    del p.v
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
