class Obj:
    def __init__(self):
        self.n = 1
        self.items = [1]
o = Obj()
o.n += 5
o.n *= 2
o.items += [2]
print(o.n, o.items)
d = {"k": 1}
d["k"] += 10
d["k"] -= 1
d["k"] //= 3
print(d)
lst = [1, 2, 3]
lst[1] **= 3
lst[-1] <<= 2
print(lst)
def key():
    print("key evaluated")
    return 0
def target():
    print("target evaluated")
    return lst
target()[key()] += 100
print(lst)
alias = lst
lst += [4]
print(alias is lst, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return self
a = Acc()
a += 5
print(a.v)
s = "x"
s *= 3
s += "y"
print(s)
m = {"a": [1]}
m["a"] += [2]
print(m)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
