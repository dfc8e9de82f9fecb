# issue 10 reproducer: max-steps 0 max-memory 1073741824
# 1,000,000 suspended generators under the command line's default cap
# (CPython needs 235 MB for them); wasm aborted.
def g():
    yield 1
    yield 2
gens = []
for i in range(1000000):
    x = g(); next(x); gens.append(x)
print(len(gens))
