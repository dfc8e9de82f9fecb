# time.strptime parses into a struct_time (the datetime module's parser,
# as CPython's goes through _strptime), with its error messages.
import time
print(time.strptime('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('30 Nov 00', '%d %b %y'))
print(time.mktime(time.strptime('1970-01-02', '%Y-%m-%d')))
for args in [('2020', '%d'), ('x', '%Y'), (5, '%Y')]:
    try:
        time.strptime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strftime('%Y/%m/%d', time.strptime('2021-12-25', '%Y-%m-%d')))
