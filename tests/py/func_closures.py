def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c(); c()
print(c())
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
x = "global"
def show():
    global x
    x = "changed"
show()
print(x)
def outer():
    v = 1
    def mid():
        def inner():
            return v + 1
        return inner()
    return mid()
print(outer())
def late():
    def get():
        return w
    try:
        get()
    except NameError as e:
        print("NameError:", e)
    w = 5
    return get()
print(late())
