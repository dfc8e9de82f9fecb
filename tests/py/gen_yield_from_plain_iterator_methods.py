# yield from an object that is an iterator with send/throw/close of its
# own: each reaches it, with throw()'s own arguments.
class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("it-done")
        return self.n

    def send(self, v):
        print("It.send", v)
        return self.__next__()

    def throw(self, *args):
        print("It.throw", [a.__name__ if isinstance(a, type) else repr(a) for a in args])
        return "thrown"

    def close(self):
        print("It.close")


def outer():
    r = yield from It()
    print("returned", r)
    yield "after"


g = outer()
print(next(g))
print(g.send("a"))
print(g.throw(KeyError, KeyError("k")))
print(g.throw(ValueError))
print(next(g), next(g, "end"))
g2 = outer()
next(g2)
g2.close()
print("closed")
