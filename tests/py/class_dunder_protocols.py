class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __contains__(self, x):
        return x == 42
    def __call__(self, a, b=1):
        return a + b
    def __bool__(self):
        return self.n > 0

class Count:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i

s = Seq(3)
print(len(s), s[1], list(s), 42 in s, 5 in s, s(1), s(1, b=5), bool(Seq(0)))
print(list(Count(4)), sum(Count(3)))
for x in Count(2):
    print("x", x)

class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True

with Ctx() as v:
    print("body", v)
    raise KeyError("suppressed")
print("after with")
