def a(x):
    return b(x) + 1

def b(x):
    return c(x) * 2

def c(x):
    return {"k": 1}[x]

print("before")
a("missing")
