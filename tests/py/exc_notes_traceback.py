# __notes__ are printed after the exception line, a line each (a note's
# own lines too), for plain exceptions as well.
def check(x):
    if x < 0:
        raise ValueError("negative")

try:
    check(-1)
except ValueError as e:
    e.add_note("while checking the input")
    e.add_note("hint: use abs()\nor max(x, 0)")
    raise
