# At exit CPython collects once while the modules are alive (cycles no one
# refers to go first), then drops the modules: the globals of __main__,
# a cycle with its functions, go in one collection, in creation order.
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
d = A(4)
e = A(5)
d.o = e
e.o = d
_f = A(6)
g = [A(7), A(8)]
print("end")
