# Groups nested more than 10 deep print "... (max_group_depth is 10)".
def nest(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [nest(n - 1)])

raise ExceptionGroup("top", [nest(12), TypeError("beside")])
