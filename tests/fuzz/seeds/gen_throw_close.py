def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 3
    finally:
        print('finally')

it = g()
next(it)
print(it.throw(ValueError('x')))
it.close()
import inspect
print(inspect.getgeneratorstate(it))
