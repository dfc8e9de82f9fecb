# "Exception ignored in" prints a group's own line only: no members, no
# notes (CPython 3.11's unraisable hook).
class Holder:
    def __del__(self):
        e = ValueError("inside")
        e.add_note("a note")
        g = ExceptionGroup("from __del__", [e])
        g.add_note("group note")
        raise g

h = Holder()
del h
print("still running")
