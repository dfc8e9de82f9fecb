# split(T) and split((T1, T2)) keep the nesting of the group; a full match
# is the group itself; an empty side is None.
eg = ExceptionGroup("outer", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.split((KeyError, TypeError)))
print(eg.split(OSError))
m, r = eg.split(Exception)
print(m is eg, r)
m, r = eg.split(ExceptionGroup)
print(m is eg, r)
m, r = eg.split(LookupError)
print(repr(m), m.exceptions[0] is eg.exceptions[2], m.exceptions[0].exceptions[0] is eg.exceptions[2].exceptions[1])
print(type(match).__name__, type(match.exceptions[1]).__name__)
