# Each except* clause takes the part of the group its type matches; a
# leaf is handled by the first clause that matches it only.
def run(eg):
    try:
        raise eg
    except* ValueError as e:
        print("  ValueError clause:", repr(e))
    except* (TypeError, ValueError) as e:
        print("  TypeError clause:", repr(e))
    except* LookupError:
        print("  LookupError clause (no name)")
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

print("all three:")
run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
print("nested:")
run(ExceptionGroup("g", [ExceptionGroup("n", [TypeError(1), ValueError(2)]), IndexError(3)]))
print("one kind:")
run(ExceptionGroup("g", [TypeError(1)]))

try:
    pass
except* ValueError:
    print("not reached")
else:
    print("no exception: else runs")
