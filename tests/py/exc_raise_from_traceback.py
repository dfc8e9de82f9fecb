def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise RuntimeError("load failed") from e
load("x")
