class Loud:
    def __repr__(self):
        print("repr ran")
        return "Loud()"


class Plain:
    pass


def f():
    pass


def g():
    yield Loud()
    yield [Loud(), 1, "a"]
    yield f
    yield Plain()
    yield "가" * 300
    yield list(range(100))
    yield {"k": (1,), "s": set()}


for v in g():
    pass
print("done")
