# BaseExceptionGroup(...) gives an ExceptionGroup when every member is an
# Exception; ExceptionGroup is both a BaseExceptionGroup and an Exception.
a = BaseExceptionGroup("all exceptions", [ValueError(1), TypeError(2)])
b = BaseExceptionGroup("one base exception", [ValueError(1), KeyboardInterrupt()])
print(type(a).__name__, type(b).__name__)
print(isinstance(a, Exception), isinstance(b, Exception))
print(isinstance(a, BaseExceptionGroup), isinstance(b, BaseExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(ExceptionGroup.__module__, ExceptionGroup.__name__, ExceptionGroup.__qualname__)
print(ExceptionGroup, BaseExceptionGroup)

try:
    raise a
except Exception as e:
    print("except Exception caught", type(e).__name__)
try:
    raise b
except Exception:
    print("not reached")
except BaseException as e:
    print("except BaseException caught", type(e).__name__)

class Sub(BaseExceptionGroup):
    pass

print(type(Sub("s", [ValueError()])).__name__, Sub.__mro__)
