class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 2
    def __contains__(self, x): return x == 4
    def __call__(self, *a, **k): return a, k
    def __iter__(self): return iter(range(self.n))

s = Seq(3)
print(len(s), s[1], 4 in s, s(1, b=2), list(s))
