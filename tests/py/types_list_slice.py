# list slicing: get, set, delete, with steps
a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[:-7], a[5:2], a[100:])
a[2:5] = ["x"]; print(a)
a[::2] = "ABCD"; print(a)
del a[::3]; print(a)
del a[1:3]; print(a)
a[1:1] = [7, 8]; print(a)
a[:] = a; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a[0:1] = 5
except TypeError as e:
    print("TypeError", e)
