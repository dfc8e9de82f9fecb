# struct_time: a 9-tuple with named fields (and tm_zone / tm_gmtoff as
# attributes only); localtime/gmtime/mktime/ctime/asctime in UTC.
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t[0], t[-1], t[1:3], len(t), tuple(t) == t, list(t)[:3])
print(t.tm_zone, t.tm_gmtoff, time.localtime(0).tm_zone, type(t), type(t).__name__)
y, mon, d, *rest = time.gmtime(1e9)
print(y, mon, d, rest)
print(time.localtime(1700000000.9))
print(time.gmtime(-1), time.gmtime(-86400 * 365.25 * 100).tm_year)
print(time.mktime(time.localtime(123456789)), time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2000, 14, 35, 25, 61, 0, 0, 0, 0)), time.gmtime(time.mktime((2000, 14, 35, 25, 61, 0, 0, 0, 0))))
print(time.ctime(0), '|', time.ctime(1e9), '|', time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 2, 29, 23, 59, 59, 3, 60, 0)))
s = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0))
print(s, s.tm_zone, s.tm_wday)
s2 = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0, 'CET', 3600))
print(s2.tm_zone, s2.tm_gmtoff, time.strftime('%Z %z', s2), s == s2)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.timezone, time.altzone, time.daylight, time.tzname)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    t.tm_year = 2000
except AttributeError as e:
    print(type(e).__name__, e)
for f, arg in [(time.gmtime, 'x'), (time.gmtime, float('nan')), (time.asctime, (1, 2)),
               (time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, 0)), (time.mktime, 5),
               (time.mktime, (1, 2)), (time.sleep, -1)]:
    try:
        f(arg)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
