# io.StringIO: the errors of CPython's C implementation.
import io

def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO("abc")
attempt("write int", s.write, 5)
attempt("init int", io.StringIO, 5)
attempt("newline", io.StringIO, "", "x")
attempt("seek cur", s.seek, 1, 1)
attempt("seek end", s.seek, -1, 2)
attempt("seek neg", s.seek, -1)
attempt("whence", s.seek, 0, 3)
attempt("read str", s.read, "x")
attempt("truncate neg", s.truncate, -1)
attempt("writelines", s.writelines, ["ok", 1])
print(repr(s.getvalue()))
s.close()
s.close()
print(s.closed)
for name, args in [("read", ()), ("write", ("x",)), ("getvalue", ()), ("readline", ()),
                   ("readlines", ()), ("seek", (0,)), ("tell", ()), ("truncate", ()),
                   ("writelines", ([],)), ("readable", ()), ("isatty", ()),
                   ("__iter__", ()), ("__next__", ()), ("__enter__", ())]:
    attempt(name, getattr(s, name), *args)
