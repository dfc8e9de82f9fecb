# datetime, date, time and timedelta: reprs and str exactly as CPython's,
# arithmetic between them, comparisons, hashing, replace, weekdays.
from datetime import date, datetime, time, timedelta

moments = [datetime(1970, 1, 1, 0, 0, 1), datetime(2020, 1, 2, 3, 4, 5, 6),
           datetime(2024, 2, 29), date(2020, 5, 17), time(1, 2), time(1, 2, 3, 4),
           timedelta(seconds=5), timedelta(0), timedelta(days=-1, seconds=5)]
for m in moments:
    print(repr(m), '|', m)

start = datetime(2020, 5, 17, 10, 30)
print(start + timedelta(days=3, hours=20), timedelta(minutes=90) + start)
print(start - timedelta(weeks=1), start - datetime(2019, 1, 1))
print(repr(start - datetime(2019, 1, 1)), date(2020, 3, 1) - date(2020, 2, 1))
print(date(2020, 2, 28) + timedelta(days=1), date(2021, 2, 28) + timedelta(days=1, hours=23))
print(datetime(2020, 1, 1) + timedelta(microseconds=-1), datetime(2020, 12, 31, 23, 59) + timedelta(minutes=1))

print(date(2020, 1, 1) < date(2020, 1, 2), datetime(2020, 1, 1) == date(2020, 1, 1),
      datetime(2020, 1, 1, 12) > datetime(2020, 1, 1), time(0, 0, 1) > time(0))
print(sorted([date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)]))
print(max(datetime(2020, 1, 1), datetime(2021, 1, 1)), min(time(5), time(4, 59)))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 'new year'}[date(2020, 1, 1)],
      timedelta(hours=1) in {timedelta(minutes=60)}, len({datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0)}))

d = date(2021, 7, 4)
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week)
print(d.replace(day=1), d.replace(year=2024, month=2, day=29), d.toordinal(), date.fromordinal(1), date.fromordinal(738000))
print(d.ctime(), datetime(2020, 2, 29, 13, 5, 9).ctime(), d.timetuple())
dt = datetime(2020, 1, 1, 5, 6, 7, 8)
print(dt.date(), dt.time(), dt.replace(hour=23, microsecond=0), dt.hour, dt.minute, dt.second, dt.microsecond)
print(datetime.combine(date(2020, 1, 1), time(10, 30)), datetime.combine(d, time()))
print(date.min, date.max, datetime.min, datetime.max, time.min, time.max)
print(repr(date.resolution), repr(datetime.resolution), repr(time.resolution))
print(date(2020, 12, 28).isocalendar(), date(2021, 1, 3).isocalendar(), date.fromisocalendar(2020, 53, 5))
print(type(dt).__name__, type(dt), isinstance(dt, date), issubclass(datetime, date))


class Plain(date):
    pass


class Stamp(datetime):
    def __str__(self):
        return 'Stamp ' + self.isoformat()


print(repr(Plain(2020, 1, 1)), type(Plain(2020, 1, 1) + timedelta(1)).__name__, repr(Stamp(2020, 1, 1)), Stamp(2020, 1, 1, 12))
