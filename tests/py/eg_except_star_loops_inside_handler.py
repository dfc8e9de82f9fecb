# break and continue may leave a loop inside an except* clause, and return
# may leave a function defined there.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    def helper():
        return "returned from a nested function"
    print(helper())
for n in range(2):
    try:
        raise ValueError(n)
    except* ValueError as e:
        print("iteration", n, repr(e))
print("done")
