def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally")

print(f(2))
print(f(0))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
try:
    try:
        raise ValueError("inner")
    except (TypeError, ValueError) as e:
        print("caught", type(e).__name__)
        raise
except ValueError as e2:
    print("reraised", e2)
try:
    e
except NameError as ne:
    print("NameError:", ne)
