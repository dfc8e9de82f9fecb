# What gc.collect() returns for cycles of instances, lists, dicts and
# tuples, and the order the finalizers of one collection run in.
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make(n):
    a = A(n); b = A(n + 100)
    a.b = b; b.a = a
for i in range(3):
    make(i)
print(gc.collect())
l = []; l.append(l); del l
print(gc.collect())
d = {}; d["d"] = d; del d
print(gc.collect())
t = ([],); t[0].append(t); del t
print(gc.collect())
s = A(7); s.l = [s, {"x": s}]; del s
print(gc.collect())
print(gc.collect())
