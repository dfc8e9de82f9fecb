# A __del__ that stores its object (resurrects it) runs once: when the
# object dies again it is freed without a second call (PEP 442).
keep = []
class A:
    def __del__(self):
        print('del', len(keep))
        keep.append(self)
a = A()
del a
print(len(keep))
keep.clear()
print('end')
b = A()
b = None
print(len(keep))
x = keep.pop()
del x
print('done')
