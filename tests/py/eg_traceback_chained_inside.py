# Members with a cause or a context print their chain inside the group,
# behind the margin.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot convert {s!r}") from e

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise RuntimeError(f"missing {k!r}")

problems = []
for f, args in ((convert, ("x",)), (lookup, ({}, "k"))):
    try:
        f(*args)
    except Exception as e:
        problems.append(e)
raise ExceptionGroup("problems", problems)
