# time.strftime with an explicit time tuple: every directive of the C
# locale, glibc's flags (- _ 0 ^ #) and widths, and the range checks.
import time

t = (2021, 3, 7, 15, 4, 5, 6, 66, 0)       # a Sunday afternoon
for d in 'aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%':
    print(f'%{d}', repr(time.strftime('%' + d, t)))
for f in ['%-d/%-m/%y', '%_H:%M', '%^a %^B', '%#b %#p %#Z', '%10A|%-10A|%010d', '%5%',
          '%Ec %EY %Od %OH', '%E', '%Q %f %:z', 'trailing %', '%', '', 'no directives',
          '%Y-%m-%dT%H:%M:%S', '%I:%M %p', '%3Y %5j %-j %_j']:
    print(repr(f), repr(time.strftime(f, t)))
# ISO weeks around the new year
for tup in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0),
            (2024, 12, 30, 0, 0, 0, 0, 365, 0), (2027, 1, 3, 0, 0, 0, 6, 3, 0)]:
    print(time.strftime('%G-W%V-%u %U %W', tup))
# years with few digits, negative years
for y in [5, 999, -5, 12345]:
    print(repr(time.strftime('%Y|%C|%y|%G|%g', (y, 1, 1, 0, 0, 0, 0, 1, 0))))
# zeros stand for the first month / day / day of the year
print(time.strftime('%m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(repr(time.strftime('%Z|%z', (2020, 1, 1, 0, 0, 0, 0, 1, -1))))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2), [2020, 1, 1, 0, 0, 0, 0, 1, 0],
            'x', (2020, '1', 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.strftime('%Y', bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [5, 'a\0b']:
    try:
        time.strftime(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
