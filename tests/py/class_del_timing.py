class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("del", self.name)
a = Res("a")
a = None
print("after a = None")
def f():
    r = Res("local")
    print("in f")
f()
print("after f")
b = Res("b")
c = b
del b
print("still referenced by c")
c = 1
print("after c rebound")
lst = [Res("in list")]
lst.pop()
print("after pop")
def g():
    tmp = Res("temp in expr")
    return tmp.name
print(g())
d = {"k": Res("dict value")}
d["k"] = 0
print("end")
last = Res("at exit")
