# except* clauses may not be followed by a plain except.
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
