class A:
    pass
class B(A):
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return super().get()
class C(A, B, metaclass=M, **kw):
    """doc"""
