# Sequence patterns: list and tuple syntax, one starred name, nested;
# str is not a sequence for patterns, range and tuples are.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r}, {b!r}"
        case (first, *middle, last) if len(middle) < 3:
            return f"first {first!r}, middle {middle!r}, last {last!r}"
        case [*_, "end"]:
            return "ends with 'end'"
        case [0, *rest]:
            return f"starts with 0, rest {rest!r}"
        case _:
            return "other: " + repr(x)

tests = [[], [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), [1, 2, 3, 4, 5, "end"],
         [0, 1, 2, 3, 4, 5], range(3), range(7), "ab", "a", "", "xyz",
         {1: 2}, {1, 2}, 42]
for t in tests:
    print(repr(t), "->", shape(t))

# the starred name is always a list
match (1, 2, 3):
    case (*head, tail):
        print("head", head, type(head).__name__, "tail", tail)
match [1]:
    case [*everything]:
        print("everything", everything)
match []:
    case [*nothing]:
        print("nothing", nothing)

# nested sequences
points = [[(0, 0), (1, 1)], [(0, 0)], [(2, 3), (4, 5), (6, 7)]]
for p in points:
    match p:
        case [(0, 0), (x, y)]:
            print("from origin to", x, y)
        case [(x, y)]:
            print("single point", x, y)
        case [(x1, y1), *_, (x2, y2)]:
            print("from", x1, y1, "to", x2, y2)

# star in the middle, wildcards around it
match list(range(10)):
    case [_, second, *_, before_last, _]:
        print("second", second, "before last", before_last)

# a list subclass and a tuple subclass are sequences too
class MyList(list):
    pass
class Pair(tuple):
    pass
match MyList([1, 2]):
    case [x, y]:
        print("MyList", x, y)
match Pair((3, 4)):
    case (x, y):
        print("Pair", x, y)

# a str subclass is still not a sequence for patterns
class Text(str):
    pass
match Text("ab"):
    case [a, b]:
        print("split the string?")
    case str() as s:
        print("a str:", s)

# open sequence patterns after `case`
match 1, 2:
    case 1, *rest:
        print("open pattern, rest", rest)
match (1, 2, 3):
    case a, b, c,:
        print("trailing comma", a, b, c)

# an iterator is not a sequence
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?")
    case _:
        print("an iterator is not a sequence")
