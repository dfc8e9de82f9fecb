# Names: closures made in loops, nonlocal, class bodies that see module
# names but not their own in methods, comprehension scopes, __class__.
def counters():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = [lambda j=i: j for i in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(counters())


def outer():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    bump()
    bump()
    return n, bump.__code__.co_freevars if hasattr(bump.__code__, "co_freevars") else None


print(outer()[0])

x = "module"


class K:
    x = "class"
    y = x + "!"
    z = [x for _ in range(1)]

    def method(self):
        return x, __class__.__name__


print(K.y, K.z, K().method())


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()


print(Child().hello())


def make():
    items = [1, 2, 3]
    return {k: [v * k for v in items] for k in items if k != 2}


print(make())
total = 0
for a in range(3):
    total += sum(b * a for b in range(a))
print(total)
