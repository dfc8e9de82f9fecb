def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(h())
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    try:
        print("try")
    except Exception:
        print("not run")
    else:
        print("else")
    finally:
        print("finally")
order()
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
nested()
try:
    e_name = "x"
    raise TypeError("t")
except TypeError as e_name:
    pass
try:
    print(e_name)
except NameError as err:
    print("NameError:", err)
