# An expression tree simplified and evaluated with class patterns, the
# way tutorials show it: nested positional patterns, OR, AS, guards.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f"Num({self.value})"

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Var({self.name!r})"

class BinOp:
    __match_args__ = ("left", "op", "right")
    def __init__(self, left, op, right):
        self.left, self.op, self.right = left, op, right
    def __repr__(self):
        return f"BinOp({self.left!r}, {self.op!r}, {self.right!r})"

def simplify(e):
    match e:
        case BinOp(left, op, right):
            left, right = simplify(left), simplify(right)
            match (left, op, right):
                case (Num(a), "+", Num(b)):
                    return Num(a + b)
                case (Num(a), "*", Num(b)):
                    return Num(a * b)
                case (x, "+", Num(0)) | (Num(0), "+", x):
                    return x
                case (x, "*", Num(1)) | (Num(1), "*", x):
                    return x
                case (_, "*", Num(0) as zero) | (Num(0) as zero, "*", _):
                    return zero
                case (Var(a), "-", Var(b)) if a == b:
                    return Num(0)
                case _:
                    return BinOp(left, op, right)
        case _:
            return e

def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp(l, "+" | "-" as op, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return a + b if op == "+" else a - b
        case BinOp(l, "*", r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op!r}")

exprs = [
    BinOp(Num(2), "+", Num(3)),
    BinOp(Var("x"), "+", Num(0)),
    BinOp(Num(1), "*", BinOp(Var("y"), "*", Num(1))),
    BinOp(Var("z"), "*", BinOp(Num(0), "+", Num(0))),
    BinOp(Var("a"), "-", Var("a")),
    BinOp(BinOp(Num(2), "*", Num(5)), "+", Var("x")),
    BinOp(Var("x"), "/", Num(2)),
]
for e in exprs:
    s = simplify(e)
    try:
        result = evaluate(s, {"x": 7, "y": 3})
    except (NameError, ValueError) as err:
        result = f"{type(err).__name__}: {err}"
    print(e, "=>", s, "=>", result)
