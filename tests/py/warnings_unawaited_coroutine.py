# The engine's own warning (a coroutine never awaited) goes through the
# warnings module once it is imported: filters and catch_warnings apply.
import warnings


async def job():
    return 1


job()                                   # shown (the default filter)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    job()
print([str(w.message) for w in log], [w.category.__name__ for w in log])
with warnings.catch_warnings():
    warnings.simplefilter('ignore', RuntimeWarning)
    job()
print('ignored one')
with warnings.catch_warnings():
    warnings.simplefilter('error')
    job()                               # "Exception ignored in": raised, unraisable
print('end')
