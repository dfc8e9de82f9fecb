# Recursion through __repr__ and __eq__: the RecursionError message names
# the operation that hit the limit, at the same count as CPython.
calls = 0


class Selfish:
    def __repr__(self):
        global calls
        calls += 1
        return "Selfish(" + repr(self) + ")"


try:
    repr(Selfish())
except RecursionError as e:
    print("repr:", e, calls)

calls = 0


class Equal:
    def __eq__(self, other):
        global calls
        calls += 1
        return self == other


try:
    Equal() == Equal()
except RecursionError as e:
    print("eq:", e, calls)

calls = 0


class Str:
    def __str__(self):
        global calls
        calls += 1
        return f"<{self}>"


try:
    str(Str())
except RecursionError as e:
    print("str:", e, calls)
