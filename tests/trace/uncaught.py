def f(x):
    return 10 // x


def h():
    return f(0)


print("before")
h()
