match = 1
case = 2
type = 3
_ = 4
match(x)
match[0]
print(match, case, type, _)
def match(): pass
