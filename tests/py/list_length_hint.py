# list() and list.extend make room for len(x) or x.__length_hint__() first,
# as CPython's list_extend: a huge range is a MemoryError at once, and the
# hint's errors and calls are CPython's.
for r in [range(10**10), iter(range(10**6)), range(10**18)]:
    try:
        print(len(list(r)))
    except MemoryError as e:
        print(type(e).__name__, e)
class A:
    def __iter__(self):
        print('iter')
        return iter([1, 2])
    def __len__(self):
        print('len')
        return 10**12
try:
    print(list(A()))
except MemoryError as e:
    print(type(e).__name__, e)
class B(A):
    def __len__(self):
        print('len')
        raise ValueError('no len')
try:
    print(list(B()))
except ValueError as e:
    print(type(e).__name__, e)
class C(A):
    def __len__(self):
        print('len')
        raise TypeError('no len')
print(list(C()))
class D:
    def __iter__(self):
        return iter('abc')
    def __length_hint__(self):
        print('hint')
        return -1
try:
    print(list(D()))
except ValueError as e:
    print(type(e).__name__, e)
class E(D):
    def __length_hint__(self):
        print('hint')
        return 'x'
try:
    print(list(E()))
except TypeError as e:
    print(type(e).__name__, e)
class F(D):
    def __length_hint__(self):
        return NotImplemented
class G(D):
    def __length_hint__(self):
        raise TypeError('ignored')
class H(D):
    def __length_hint__(self):
        return 10**6
print(list(F()), list(G()), list(H()))
l = [0]
l.extend(C())
print(l, [*C()], sorted(H()))
try:
    l.extend(A())
except MemoryError as e:
    print(type(e).__name__, e)
print(l)
