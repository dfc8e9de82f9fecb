# Literal and value patterns: numbers (negative too), strings, None/True/False,
# dotted names; equality for literals, identity for the singletons.
class Color:
    RED = "red"
    GREEN = "green"

class Limits:
    class Inner:
        MAX = 100

def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "a float"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "a million"
        case "hello" "!":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "the colour red"
        case Limits.Inner.MAX:
            return "the maximum"
        case _:
            return "something else: " + repr(x)

for value in [0, 0.0, -1, -1.0, 1.5, -2.5, 16, 1000000, "hello!", "", None, True, False,
              1, "red", 100, 100.0, "green", [], 2]:
    print(repr(value), "->", describe(value))

# 1 == True, but `case True` is an identity test
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched the literal 1")

match True:
    case 1:
        print("True matched the literal 1 (True == 1)")

# a value pattern reads the attribute each time it is tried
class Box:
    value = 1

for v in [1, 2]:
    match v:
        case Box.value:
            print(v, "is Box.value")
        case _:
            print(v, "is not Box.value")
    Box.value = 2

# __eq__ of the subject decides literal patterns
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True

match AlwaysEqual():
    case 42:
        print("matched 42 through __eq__")

# big numbers and exponents
match 10 ** 30:
    case 1000000000000000000000000000000:
        print("big int literal")
match 1e3:
    case 1000:
        print("1e3 == 1000")
