def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)

depth = 0
def g():
    global depth
    depth += 1
    g()
try:
    g()
except RecursionError:
    print(depth > 900, depth <= 1000)
f(0)
