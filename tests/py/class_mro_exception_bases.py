# Exception classes as bases: CPython's layout rules (OSError, AttributeError ...
# have fields of their own) and multiple inheritance of exceptions.
for a,b in [('AttributeError','ImportError'),('OSError','ImportError'),('StopIteration','ValueError'),('KeyError','AttributeError'),('NameError','AttributeError'),('SyntaxError','OSError'),('SystemExit','KeyboardInterrupt'),('UnboundLocalError','AttributeError'),('ModuleNotFoundError','ValueError'), ('FileNotFoundError', 'KeyError'), ('ValueError', 'TypeError')]:
    try:
        exec(f'class E({a}, {b}): pass'); print(a,b,'ok')
    except TypeError as e: print(a,b,e)
class NotFound(LookupError, ValueError):
    pass
try:
    raise NotFound('missing thing')
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, LookupError), [c.__name__ for c in NotFound.__mro__])
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class DBError(AppError, ConnectionError):
    pass
try:
    raise DBError('db down', 503)
except OSError as e:
    print(type(e).__name__, e, e.code, e.args, [c.__name__ for c in DBError.__mro__])
