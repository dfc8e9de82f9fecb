# message, exceptions (always a tuple), args (as given), str and repr.
members = [ValueError(1), TypeError(2)]
eg = ExceptionGroup("two", members)
print(eg.message, eg.exceptions, eg.args)
print(str(eg))
print(repr(eg))
members.append(KeyError(3))        # the group keeps its own tuple
print(eg.exceptions, eg.args)
one = ExceptionGroup("one", (ValueError("x"),))
print(str(one), repr(one))
print(str(ExceptionGroup("", [ValueError()])))
print(f"{eg!s} / {eg!r}")
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, None)
    except AttributeError as e:
        print(attr, "->", e)
eg.args = ("replaced",)
print(str(eg), repr(eg), eg.message)
print(ExceptionGroup.derive, ExceptionGroup.split, ExceptionGroup.subgroup)
