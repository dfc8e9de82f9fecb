# subgroup(cond) is the matching part of split(cond), or None.
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3)])])
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(eg.subgroup(BaseException) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 3)))
try:
    eg.subgroup()
except TypeError as e:
    print(e)
try:
    eg.subgroup(3)
except TypeError as e:
    print(e)
