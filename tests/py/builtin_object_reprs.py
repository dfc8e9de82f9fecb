# The default reprs of objects, classes, functions and methods.
def shape(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            out.append('0x...')
            i += 2
            while i < len(s) and s[i] in '0123456789abcdef':
                i += 1
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)

class Plain:
    def method(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass

p = Plain()
print(shape(repr(p)), str(p) == repr(p))
print(repr(Plain), repr(object), repr(int), repr(type), repr(type(None)))
print(shape(repr(object())), shape(object.__repr__(5)), object.__str__(5))
print(shape(repr(Plain.method)), shape(repr(p.method)))
print(shape(repr(Plain.cm)), shape(repr(Plain.sm)))
print(repr(len), shape(repr([].append)), repr(str.upper), repr(int.__add__), repr(object.__init__))
print(shape(repr(object.__new__)), shape(repr(lambda: 0)))
def outer():
    def inner():
        pass
    return inner
print(shape(repr(outer())))
print(repr(None), repr(NotImplemented), repr(Ellipsis), repr(...))

class WithRepr:
    def __repr__(self):
        return 'WithRepr()'
class WithStr(WithRepr):
    def __str__(self):
        return 'str form'
w = WithStr()
print(repr(w), str(w), f'{w}', f'{w!r}', '%s|%r' % (w, w), format(w), [w])
print(object.__repr__(w).startswith('<__main__.WithStr object at 0x'))

class Nested:
    class Inner:
        pass
print(repr(Nested.Inner), shape(repr(Nested.Inner())))
print(Plain.__module__, Plain.__qualname__, Nested.Inner.__qualname__)
print(type(Plain.__dict__).__name__ in ('mappingproxy', 'dict'))
