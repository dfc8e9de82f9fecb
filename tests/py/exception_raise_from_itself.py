# An exception that is its own cause (raise e from e) or part of a
# __context__ cycle is printed once per exception, as CPython's traceback
# printer stops at exceptions it has already shown.
try:
    e = ValueError('x'); raise e from e
except ValueError as x:
    print(x.__cause__ is x, x.__context__, x.__suppress_context__)
e = ValueError('x'); raise e from e
