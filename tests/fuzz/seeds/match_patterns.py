class P:
    __match_args__ = ("x", "y")
    K = 9
    def __init__(self, x, y):
        self.x, self.y = x, y

def f(s):
    match s:
        case [1, *rest] | (2, *rest):
            return rest
        case {"k": [a, (3 | 4) as c], **kw} if a:
            return a, c, kw
        case P(0, y=yy) | P(yy, 0):
            return yy
        case int(n) | str(n) if n:
            return n
        case -1 | 1.5 | "s" | None | True:
            return "lit"
        case P.K:
            return "value"
        case _:
            return None

for s in [[1, 2], (2,), {"k": [1, 3]}, P(0, 5), P(4, 0), 7, "", -1, None, 9, P]:
    print(f(s))

match = case = 1
match match, case:
    case (1, case):
        print(match, case)
