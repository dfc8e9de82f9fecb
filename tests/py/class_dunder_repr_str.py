class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
class Neither:
    pass
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}")
print(r, str(r), [r])
print(s, repr(s).startswith("<__main__.StrOnly object at 0x"))
print(repr(Neither()).startswith("<__main__.Neither object at"))
print("%s %r" % (b, b), "{} {!r}".format(b, b))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
