# add_note appends to __notes__ (made on first use); a note must be a str
# and __notes__ must be a list.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as x:
    print(x)
e.__notes__ = ("a", "tuple")
try:
    e.add_note("third")
except TypeError as x:
    print(x)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("again")
print(e.__notes__)
g = ExceptionGroup("g", [e])
g.add_note("on the group")
print(g.__notes__, g.exceptions[0].__notes__)
