# Notes of a group and of its members, behind the margin; a __notes__ that
# is not a sequence prints its repr.
a = ValueError("a")
a.add_note("note on a")
b = TypeError("b")
b.__notes__ = 42
eg = ExceptionGroup("with notes", [a, b])
eg.add_note("note on the group\nsecond line")
raise eg
