# Instances of subclasses of str, int and tuple have a __dict__.
class Name(str):
    pass

class Money(int):
    def __new__(cls, value, currency="EUR"):
        self = super().__new__(cls, value)
        self.currency = currency
        return self

class Pair(tuple):
    pass

n = Name("héllo wörld" * 3)
n.lang = "de"
n.tags = ["a", "b"]
print(n, n.lang, n.tags, vars(n), len(n), n.upper(), type(n + "!").__name__)
m = Money(10 ** 30, "USD")
print(m, m.currency, m + 1, type(m + 1).__name__, m.__dict__)
small = Money(5)
print(small, small.currency, small * 2)
p = Pair((1, 2, 3))
p.label = "xyz"
print(p, p.label, p[1:], vars(p))
del p.label
try:
    p.label
except AttributeError as e:
    print(type(e).__name__, e)
empty = Pair()
empty.x = 1
print(empty, empty.x, Name("").__dict__)
names = [Name(str(i) * i) for i in range(20)]
for i, x in enumerate(names):
    x.index_ = i
print(sum(x.index_ for x in names), names[7], names[7].index_)
