# With the collector disabled, the collection before the modules go is
# skipped; the one that frees __main__ at exit still runs.
import gc
gc.disable()

class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

a = A(1)
c = A(3)
c.self = c
del c
b = A(2)
print("end")
