class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter called")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for v in Countdown(3):
    print(v)
c = Countdown(2)
it = iter(c)
print(it is c, next(it), next(it), next(it, "done"))
print(list(Countdown(3)), sorted(Countdown(3)), sum(Countdown(4)))
a, b = Countdown(2)
print(a, b)
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), [x * 2 for x in Gen()])
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
