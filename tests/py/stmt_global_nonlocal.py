count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())

def define_global():
    global created
    created = "made in function"
define_global()
print(created)

def shadow():
    count = 100
    return count
print(shadow(), count)

def unbound():
    print(count)
    count = 5
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
