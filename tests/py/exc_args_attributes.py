e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
print(ValueError().args, str(ValueError()), repr(ValueError("one")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError("a", "b")))
class MyErr(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
try:
    raise MyErr(7, "seven")
except MyErr as err:
    print(err.args, err.code, str(err), repr(err))
    print(err.__cause__, err.__context__, err.__traceback__ is not None)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)
e = Exception("a")
e.args = ("b", "c")
print(e)
print(isinstance(e, BaseException), issubclass(KeyError, LookupError), KeyError.__mro__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
