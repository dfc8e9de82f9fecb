# io.StringIO's newline argument: None translates, '' keeps, others write.
import io

for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write("a\r\nb\rc\nd")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO("x\r\ny\rz\n", newline=None)
print(repr(s.getvalue()), s.newlines, list(s))
s = io.StringIO(newline=None)
s.write("a\nb")
print(s.newlines)
s.write("c\r\n")
print(s.newlines)
s.write("\r")
print(s.newlines)
