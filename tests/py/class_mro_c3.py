# C3 linearisation: the MRO of multiple inheritance, as CPython computes it.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(Z))
print(names(K1), names(K2), names(K3))
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__)
print(Z.__bases__)
print(Z.__base__, K1.__base__, O.__bases__, object.__bases__)

# the diamond
class Base:
    def who(self): return 'Base'
    def only_base(self): return 'only in Base'
class Left(Base):
    def who(self): return 'Left'
class Right(Base):
    def who(self): return 'Right'
    def right_only(self): return 'right_only'
class Child(Left, Right): pass
c = Child()
print(names(Child))
print(c.who(), c.right_only(), c.only_base())
print(isinstance(c, Right), isinstance(c, Left), issubclass(Child, Base), issubclass(Right, Left))
print(Child.__dict__.get('who'), Child.who is Left.who)

# class attributes are looked up along the MRO too
class P1: x = 'P1'; y = 'P1'
class P2: x = 'P2'; z = 'P2'
class Q(P1, P2): pass
print(Q.x, Q.y, Q.z, Q().z)
P2.w = 'added later'
print(Q.w, hasattr(Q, 'w'))
del P1.x
print(Q.x)

# built-in classes as bases
class Named(str, Base): pass
n = Named('abc')
print(names(Named), n.upper(), n.who(), isinstance(n, str), len(n))
class Counter(dict, Left): pass
ct = Counter(a=1)
print(names(Counter), ct['a'], ct.who())
class MyErr(ValueError, Left): pass
try:
    raise MyErr('bad')
except ValueError as e:
    print(type(e).__name__, e, e.who(), names(MyErr))
print(names(ExceptionGroup), ExceptionGroup.__bases__)
