# RecursionError at CPython's default limit (1000): a function recursing
# until the error is caught reaches 999 levels (the module frame is one).
import sys

depth = 0


def down():
    global depth
    depth += 1
    down()


for attempt in range(2):          # the limit is the same after a recovery
    depth = 0
    try:
        down()
    except RecursionError as e:
        print("caught", type(e).__name__, e, e.args)
    print("depth", depth)


def count(n):
    # int comparisons in a condition do not add a level (as in CPython)
    return count(n + 1) if n >= 0 else 0


try:
    count(0)
except RecursionError as e:
    print("count:", e)

print("limit", sys.getrecursionlimit())
sys.setrecursionlimit(120)
depth = 0
try:
    down()
except RecursionError as e:
    print("after setrecursionlimit(120):", depth)
sys.setrecursionlimit(1000)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print("fact(990) has", len(str(fact(990))), "digits")
