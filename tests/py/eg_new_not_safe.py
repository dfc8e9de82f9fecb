# X.__new__(cls) must be the __new__ cls's own C base uses: a group made
# by BaseException.__new__ would have no exceptions.
attempts = {
    "BaseException.__new__(ExceptionGroup)": lambda: BaseException.__new__(ExceptionGroup),
    "object.__new__(ExceptionGroup)": lambda: object.__new__(ExceptionGroup),
    "BaseExceptionGroup.__new__(ExceptionGroup, ...)":
        lambda: BaseExceptionGroup.__new__(ExceptionGroup, "m", [ValueError()]),
    "object.__new__(int)": lambda: object.__new__(int),
    "int.__new__(bool)": lambda: int.__new__(bool),
}
for label, make in attempts.items():
    try:
        print(label, "->", repr(make()))
    except TypeError as e:
        print(label, "->", e)

class Sub(ExceptionGroup):
    def __new__(cls, msg, excs):
        return super().__new__(cls, msg.upper(), excs)

print(repr(Sub("m", [ValueError()])), Sub("m", [ValueError()]).message)
