def bad():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")
b = bad()
next(b)
b = None
print("after bad drop")
def ignores():
    try:
        yield 1
    finally:
        yield 2
i = ignores()
next(i)
del i
print("end")
