def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

print(add(1, b=2))
print(hello("bob"))
print(add.__qualname__)
