e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, str(e), repr(e), e.args)
print(e.errno, e.strerror, e.filename, e.filename2)
for code in (1, 4, 11, 13, 17, 20, 21, 32, 104, 110, 111, 999):
    print(code, type(OSError(code, "msg")).__name__)
print(OSError("plain").errno, str(OSError("plain")), str(OSError()))
print(str(OSError(2, "a", "f1", None, "f2")))
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(IOError is OSError, EnvironmentError is OSError)
try:
    open_it = FileNotFoundError(2, "No such file or directory", "missing.txt")
    raise open_it
except OSError as err:
    print("caught", repr(err), err.filename)
e = PermissionError("denied")
e.errno = 13
print(e.errno, str(e))
class MyErr(OSError):
    pass
print(type(MyErr(2, "x")).__name__, str(MyErr(2, "x", "y")))
