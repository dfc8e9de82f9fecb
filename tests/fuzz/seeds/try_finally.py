def f():
    try:
        return 1
    finally:
        print('cleanup')

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad') from e
    else:
        pass
except ValueError as e:
    print(repr(e), repr(e.__cause__))
print(f())
