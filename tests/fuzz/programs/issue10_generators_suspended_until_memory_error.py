# issue 10 reproducer: max-steps 0 max-memory 67108864
# wasm aborted (exit 70) when the memory cap was reached while a generator
# suspended; it must be a MemoryError on every build.
def g():
    yield 1
    yield 2
gens = []
while True:
    x = g(); next(x); gens.append(x)
