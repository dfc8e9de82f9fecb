def deleg(it):
    r = yield from it
    print("returned", r)
g = deleg(iter([1, 2]))
print(next(g), next(g), next(g, "end"))
g = deleg(iter([1, 2]))
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("it-done")
        return self.i
    def send(self, v):
        print("It.send", v)
        return self.__next__()
    def throw(self, *args):
        print("It.throw", args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        return "thrown-result"
    def close(self):
        print("It.close")
g = deleg(It())
print(next(g), g.send("v"), g.throw(KeyError), next(g, "end"))
g = deleg(It())
next(g)
g.close()
g = deleg(iter([1, 2]))
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
g = deleg(iter("ab"))
next(g)
g.close()
print("closed plain iterator delegation")
