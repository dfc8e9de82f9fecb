# ExitStack: callbacks run last-in first-out, a true result swallows the
# exception for the ones after it, and an exception raised by a callback
# gets the __context__ nested with statements would give it.
from contextlib import ExitStack, contextmanager


def raiser(exc):
    def callback(*details):
        print('callback sees', details[0] and details[0].__name__)
        raise exc
    return callback


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return ' <- '.join(out)


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError('first pushed')))
        stack.push(raiser(KeyError('second pushed')))
        raise ZeroDivisionError('body')
except Exception as e:
    print(chain(e))

try:
    try:
        raise TypeError('outer handler')
    except TypeError:
        with ExitStack() as stack:
            stack.push(raiser(IndexError('inner')))
            stack.push(lambda *details: True)
            stack.push(raiser(KeyError('swallowed later')))
except Exception as e:
    print(chain(e))

try:
    try:
        raise TypeError('outer handler')
    except TypeError:
        with ExitStack() as stack:
            stack.push(raiser(IndexError('inner')))
            raise ValueError('body')
except Exception as e:
    print(chain(e))

with ExitStack() as stack:
    stack.push(lambda *details: print('swallowing', details[0].__name__) or True)
    raise KeyError('gone')
print('after swallow')


@contextmanager
def named(n):
    print('enter', n)
    yield n
    print('exit', n)


class Manager:
    def __enter__(self):
        print('Manager enter')
        return self

    def __exit__(self, *details):
        print('Manager exit', details)


log = []
with ExitStack() as stack:
    print(stack.enter_context(named('a')), type(stack.enter_context(Manager())).__name__)
    print(stack.callback(log.append, 'cb') is log.append)
    stack.push(Manager())
    moved = stack.pop_all()
    print('leaving first stack')
print('closing moved stack')
moved.close()
print(log)
for thing in (5, object()):
    try:
        ExitStack().enter_context(thing)
    except TypeError as e:
        print(e, e.__suppress_context__, repr(e.__context__))
