def inner():
    raise KeyError("k")


def outer():
    inner()


try:
    outer()
except KeyError as e:
    print("caught", e)
