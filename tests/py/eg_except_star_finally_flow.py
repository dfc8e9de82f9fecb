# try-except* with finally: return in finally drops what was left to
# raise; continue and break leave the try body; except* nests.
def swallow():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError")
    finally:
        return "finally returned"

print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError:
        print("loop", i)
    finally:
        print("finally", i)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError:
            print("inner clause; outer part", repr(v))
except ExceptionGroup as e:
    print(repr(e))
    for x in e.exceptions:
        print(" ", repr(x), "| context:", repr(x.__context__))
