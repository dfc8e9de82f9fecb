def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no {k}") from None
try:
    lookup({}, "x")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input") from e
try:
    convert("abc")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("x") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError("y") from 5
except TypeError as e:
    print("TypeError:", e)
lookup({}, "final")
