# The order of what runs when return, break and continue leave try,
# finally and with blocks, and what a finally's own return overrides.
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def f():
    with Ctx("a"):
        try:
            with Ctx("b"):
                return "from with"
        finally:
            print("finally 1")


def g():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no break")
    return i


def h():
    try:
        return "try"
    finally:
        return "finally wins"


def k():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"


def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
        return "nested"
    finally:
        print("outer finally")


print(f())
print(g())
print(h())
print(k())
print(nested())
