add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print(add.__name__, add.__qualname__)
print((lambda: "no args")())
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
fns = [lambda x, i=i: x * i for i in range(3)]
print([f(10) for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def outer():
    return lambda: outer_val
outer_val = "closure over global"
print(outer()())
def make():
    return lambda: 1
print(make().__qualname__)
print(repr(add).startswith("<function <lambda> at 0x"))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!")
print((lambda x: (yield x)) is not None)
