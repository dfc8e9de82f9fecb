class A:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
class B(A):
    pass
a = B()
print(getattr(a, "inst"), getattr(a, "cls_attr"), getattr(a, "missing", None), getattr(a, "missing", 0))
print(hasattr(a, "inst"), hasattr(a, "missing"), hasattr(B, "cls_attr"), hasattr(B, "inst"))
try:
    getattr(a, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(a, "new", 1)
print(a.new)
print(isinstance(a, A), isinstance(a, (int, B)), isinstance(a, (str, (float, A))), isinstance(1, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(A, type))
print(issubclass(B, A), issubclass(B, (int, A)), issubclass(A, B))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
class Dyn:
    def __getattr__(self, name):
        return name + "!"
print(getattr(Dyn(), "anything"), hasattr(Dyn(), "x"))
