class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyError(7, "bad thing")
except MyError as e:
    print(e.code, e, e.args, repr(e))
print(issubclass(MyError, Exception), MyError.__mro__)
raise MyError(1, "fatal")
