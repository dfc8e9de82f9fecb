class Base:
    kind = 'base'
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'{type(self).__name__}({self.v!r})'

class Child(Base):
    def __init__(self, v, w=0):
        super().__init__(v)
        self.w = w
    def __eq__(self, o):
        return isinstance(o, Child) and o.v == self.v

print(Child(1), Child(1) == Child(1), Child.kind)
