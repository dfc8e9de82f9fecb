# An uncaught exception group: "Exception Group Traceback", then each
# member framed by separator lines behind the "| " margin.
def fail(n):
    raise ValueError(f"bad value {n}")

errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("never raised"))
raise ExceptionGroup("several failures", errors)
