# The parts split() builds keep the group's traceback, __cause__ and
# __context__ (the same objects) and a copy of its __notes__.
try:
    try:
        raise OSError("context")
    except OSError:
        eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
        eg.add_note("a note")
        raise eg from KeyError("cause")
except ExceptionGroup as caught:
    eg = caught
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(repr(part))
    print("  traceback shared:", part.__traceback__ is eg.__traceback__)
    print("  cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is eg.__context__)
    print("  suppress context:", part.__suppress_context__)
    print("  notes:", part.__notes__, part.__notes__ is eg.__notes__)
match.add_note("only on the match")
print(eg.__notes__, match.__notes__, rest.__notes__)
leaf = match.exceptions[0]
print(leaf is eg.exceptions[0], leaf.__traceback__)
plain = ExceptionGroup("plain", [ValueError(), TypeError()])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, hasattr(m, "__notes__"))
