# ISO weeks at the edges of years (53-week years, weeks that belong to
# the year before or after), fromisocalendar's checks, ordinals at the
# ends of the range.
from datetime import date, timedelta

for y in [2015, 2016, 2019, 2020, 2021, 2026, 2027, 1, 9999]:
    first, last = date(y, 1, 1), date(y, 12, 31)
    print(y, first.isocalendar(), last.isocalendar(), first.weekday(), last.isoweekday())
for args in [(2015, 53, 1), (2016, 53, 1), (2020, 53, 7), (9999, 52, 5), (9999, 52, 6),
             (1, 1, 1), (0, 1, 1), (10000, 1, 1), (2020, 0, 1), (2020, 1, 0), (2020, 1, 8)]:
    try:
        print(args, date.fromisocalendar(*args))
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
for n in [1, 2, 365, 366, 730120, 3652059]:
    d = date.fromordinal(n)
    print(n, d, d.toordinal() == n, d.timetuple().tm_yday)
for bad in [0, -5, 3652060]:
    try:
        date.fromordinal(bad)
    except ValueError as e:
        print(bad, e)
print(sum(date(y, 12, 28).isocalendar()[1] == 53 for y in range(1, 10000)))
print(date(2000, 2, 28) + timedelta(1), date(1900, 2, 28) + timedelta(1), date(2100, 3, 1) - timedelta(1))
