# split() and subgroup() build their parts with derive(): a subclass that
# overrides it (and __new__) gets parts of its own class.
class CodedGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def derive(self, excs):
        return CodedGroup(self.message, excs, self.code)

eg = CodedGroup("coded", [ValueError(1), TypeError(2)], 42)
print(repr(eg), eg.args, eg.code)
match, rest = eg.split(ValueError)
print(type(match).__name__, repr(match), match.code)
print(type(rest).__name__, repr(rest), rest.code)

class Plain(ExceptionGroup):
    pass

m, r = Plain("p", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, repr(m))
print(type(ExceptionGroup("x", [ValueError()]).derive([KeyError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()]).derive([ValueError()])).__name__)
print(type(ExceptionGroup("x", [ValueError()]).derive([KeyboardInterrupt()])).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")

try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", [ValueError()]).derive()
except TypeError as e:
    print(e)
