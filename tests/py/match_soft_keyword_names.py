# `match` and `case` are soft keywords: still ordinary names everywhere
# else, even right before a match statement.
match = [1, 2, 3]
case = {"k": "v"}
print(match, case)
match[0] = 10
print(match[0], match[1:])
print(case["k"])

def match(*args):
    return ("match called", args)
print(match(1, 2))
print(match (3))
print(match(*[4]))

class match:
    case = "attribute named case"
print(match.case)
match.x = 1
print(match.x)

match, case = 5, 6
print(match, case)
match -case
print(match - case, match * case)

def f(match, case=0):
    return match + case
print(f(match=1, case=2))

# a match statement whose subject is named match, with a case named case
match match:
    case 5:
        print("match is 5")

subject = {"match": 1, "case": 2}
match subject:
    case {"match": match, "case": case}:
        print("captured", match, case)

match (match, case):
    case (1, case):
        print("case captured", case)

_ = "underscore"
print(_)
match _:
    case "underscore":
        print("the name _ can be a subject")
type = 3
print(type)
