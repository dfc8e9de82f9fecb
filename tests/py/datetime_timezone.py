# timezone (fixed offsets, timezone.utc) and a tzinfo subclass: aware
# datetimes, astimezone, utcoffset/tzname/dst, comparisons across zones.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC

print(repr(timezone.utc), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
for tz in [timezone(timedelta(hours=1)), timezone(timedelta(hours=1), 'CET'),
           timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30), 'IST'),
           timezone(timedelta(seconds=-1)), timezone.max, timezone.min]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
aware = datetime(2020, 1, 1, 10, tzinfo=timezone.utc)
print(repr(aware), aware, aware.utcoffset(), aware.tzname())
print(aware.astimezone(timezone(timedelta(hours=2))), aware.astimezone(timezone(timedelta(hours=-8), 'PST')))
print(repr(datetime(2020, 1, 1).astimezone()), datetime(2020, 1, 1).astimezone().tzname())


class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'EST'

    def __repr__(self):
        return 'EST()'


d = datetime(2020, 6, 1, 12, tzinfo=EST())
print(d, repr(d), d.utcoffset(), d.tzname(), d.dst(), d.timetuple().tm_isdst)
print(d.astimezone(timezone.utc), d.strftime('%H:%M %Z %z'), d.timestamp())
print(datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2019, 12, 31, 19, tzinfo=EST()))
print(d - datetime(2020, 6, 1, 17, tzinfo=timezone.utc), datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1))
print(sorted([datetime(2020, 1, 1, 12, tzinfo=EST()), datetime(2020, 1, 1, 16, tzinfo=timezone.utc)]))
print(time(10, tzinfo=timezone.utc).utcoffset(), time(10, 30, tzinfo=EST()).isoformat(), time(10).tzname())
print(datetime.now(timezone.utc), datetime.fromtimestamp(3600, timezone(timedelta(hours=1))))
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), hash(timezone.utc) == hash(timezone(timedelta(0), 'x')))
