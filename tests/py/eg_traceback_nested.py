# Nested groups print indented one level deeper each; a group that was
# never raised itself prints no traceback header.
def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ExceptionGroup("innermost", [OSError(2)])])

try:
    inner()
except ExceptionGroup as e:
    caught = e
raise ExceptionGroup("outer", [caught, ValueError("v"), ExceptionGroup("unraised", [IndexError(1)])])
