# Allocations too big for the machine raise MemoryError (no message), and
# the program goes on; sizes beyond an index overflow first.
def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except MemoryError as e:
        print(label, "MemoryError", repr(e), repr(str(e)), e.args)
    except OverflowError as e:
        print(label, "OverflowError", e)


attempt("[0] * 10**10", lambda: [0] * (10**10))
attempt("'x' * 10**12", lambda: "x" * (10**12))
attempt("(1, 2) * 10**10", lambda: (1, 2) * (10**10))
attempt("[0, 1] * 2**62", lambda: [0, 1] * (2**62))
attempt("'xy' * 2**62", lambda: "xy" * (2**62))
attempt("[0] * 10**20", lambda: [0] * (10**20))
attempt("'x' * 10**20", lambda: "x" * (10**20))

grown = []
try:
    n = 1
    while True:
        grown.append([None] * n)
        n *= 10**5
except MemoryError as e:
    print("list grown in a loop:", len(grown), [len(x) for x in grown], repr(e))
grown = None

try:
    [0] * (10**10)
except MemoryError:
    print("caught again")
print("still alive", len([0] * 1000))
[0] * (10**10)
print("not reached")
