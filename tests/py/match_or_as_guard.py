# OR patterns (the same names in each alternative, in any order), AS
# patterns, and guards (tried after the pattern matched, in order).
def classify(cmd):
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", item] | ["take", item] | ["grab", item]:
            return f"taking {item}"
        case [x, y] | (y, x, "swapped"):
            return f"x={x} y={y}"
        case [int() | float() as n] if n > 0:
            return f"a positive number {n}"
        case [int() | float() as n]:
            return f"a number {n}"
        case str() as s if s.isupper():
            return "shouting"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case _:
            return "unknown"

for c in [["go", "north"], ["go", "up"], ["take", "lamp"], ["grab", "key"], [1, 2],
          (2, 1, "swapped"), [3], [-4.5], "HEY", "hey", 2, 7]:
    print(repr(c), "->", classify(c))

# guards run only when the pattern matched, in case order
def check(label, result):
    print("  guard", label)
    return result

for value in [1, 2, 3]:
    match value:
        case 1 if check("a", False):
            print("a")
        case 1 | 2 if check("b", value == 2):
            print("b", value)
        case x if check("c", True):
            print("c", x)

# a guard may use the captured names and walrus
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("sum", total)

# nested AS and OR
match {"shape": ("circle", 2)}:
    case {"shape": (("circle" | "disc") as kind, (int() | float()) as size) as spec}:
        print(kind, size, spec)

# the default case with a guard
for n in [0, 5]:
    match n:
        case 1:
            print("one")
        case _ if n > 3:
            print("big", n)
        case _:
            print("fallback", n)
