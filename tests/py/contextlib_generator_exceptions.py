# @contextmanager: what happens to an exception thrown into the generator
# (swallowed, re-raised, replaced, StopIteration passing through), a
# generator that yields again, and re-entering a used manager.
from contextlib import contextmanager


@contextmanager
def swallow(kind):
    try:
        yield 'value'
    except kind as e:
        print('swallowed', repr(e))


@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print('saw', repr(e))
        raise


@contextmanager
def replace():
    try:
        yield
    except KeyError as e:
        raise ValueError('replaced') from e


@contextmanager
def plain():
    yield


@contextmanager
def yields_again():
    try:
        yield
    except KeyError:
        yield


def attempt(label, cm, exc):
    try:
        with cm as v:
            print(label, 'got', v)
            if exc is not None:
                raise exc
        print(label, 'finished normally')
    except BaseException as e:
        print(label, '->', type(e).__name__, repr(e),
              'cause', repr(e.__cause__), 'context', repr(e.__context__))


attempt('swallow', swallow(KeyError), KeyError('k'))
attempt('other', swallow(KeyError), IndexError('i'))
attempt('reraise', reraise(), ZeroDivisionError('z'))
attempt('replace', replace(), KeyError('k'))
attempt('stop', plain(), StopIteration(3))
attempt('stop-reraise', reraise(), StopIteration(4))
attempt('yields again', yields_again(), KeyError('k'))
attempt('class only', plain(), None)


@contextmanager
def raise_class():
    yield
try:
    with raise_class():
        raise KeyError
except KeyError as e:
    print('class raised', repr(e))

cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print(type(e).__name__, e)


@swallow(ZeroDivisionError)
def divide(a, b):
    """divides"""
    print('result', a / b)
    return 'returned'

print(divide(1, 2), divide(1, 0), divide.__name__, divide.__doc__)
print(plain.__name__, plain.__wrapped__.__name__, type(plain()).__name__)
