x = 10
print(eval("x * 2 + 1"), eval("  [i * i for i in range(4)]"), eval("'한' + '글'"))
def f(a):
    b = a + 1
    return eval("a + b + x")
print(f(1))
print(eval("y + z", {"y": 1}, {"z": 2}), eval("len(g)", {"g": [1, 2]}))
ns = {}
print(eval("(lambda q: q * 3)(2)", ns), "__builtins__" in ns)
for src in ["x = 1", "1 +", "import os", "yield 5"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)
print(eval("1 / 4"), eval("x if x > 5 else -x"))
eval("1 / 0")
