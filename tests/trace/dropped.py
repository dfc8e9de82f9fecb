def g():
    try:
        yield 1
    finally:
        print("finally on drop")


def use():
    it = g()
    next(it)
    print("leaving")


use()
unused = g()
del unused
print("end")
