# Recursion through generators: each running generator frame counts one
# level, as in CPython; next() is a builtin call (one level), list() is not.
# (A low limit keeps it quick for the runs that pause at every event.)
import sys
sys.setrecursionlimit(150)
levels = 0


def chain(n):
    global levels
    levels = n
    yield from chain(n + 1)


try:
    next(chain(1))
except RecursionError as e:
    print("yield from:", e, levels)


def nested(n):
    global levels
    levels = n
    for x in nested(n + 1):
        yield x


try:
    list(nested(1))
except RecursionError as e:
    print("for in generator:", e, levels)


def ok_chain(n):
    if n == 0:
        yield "bottom"
        return "done"
    r = yield from ok_chain(n - 1)
    return r


g = ok_chain(130)
print(next(g))
try:
    next(g)
except StopIteration as s:
    print("returned", s.value)
