# What a try-except* raises at its end: the exceptions raised in clauses
# and the unmatched rest, each printed with its own traceback and context.
def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), OSError(3)])

def run():
    try:
        work()
    except* ValueError:
        raise KeyError("raised while handling ValueError")
    except* TypeError:
        pass

run()
