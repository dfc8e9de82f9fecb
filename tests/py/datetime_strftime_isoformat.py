# Formatting and parsing: strftime (with %f %z %Z), isoformat and
# fromisoformat, strptime, format() / f-strings.
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2020, 1, 1, 12, 30, 15, 123)
print(dt.strftime('%Y-%m-%d %H:%M:%S %A %B %j %p %f [%z] [%Z] %%'))
print(date(2020, 3, 4).strftime('%d/%m/%y %a %U %W'), time(10).strftime('%I %p %f'))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).strftime('%z %Z'),
      datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime('%z|%Z'))
print(date(5, 1, 1).strftime('%Y|%y'), date(999, 12, 31).isoformat())
print(f'{datetime(2020, 1, 2, 3, 4, 5):%d.%m.%Y %H:%M}', '{:%B %d, %Y}'.format(date(2021, 7, 4)),
      format(date(2020, 1, 1)), f'{timedelta(1)}', '%s' % date(2021, 7, 4))

print(dt.isoformat(), dt.isoformat(' '), datetime(2020, 1, 1).isoformat(' ', 'minutes'))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, time(3, 4, 5, 678000).isoformat(spec), datetime(2020, 1, 1, 3, 4, 5).isoformat(timespec=spec))
print(time(10, 30, tzinfo=timezone(timedelta(hours=2))).isoformat(), str(time(12, 0, 0, 1)))

for s in ['2020-05-17T10:30:00', '2020-05-17 10:30:00.123+02:00', '2011-11-04T00:05:23Z',
          '20111104T000523', '2011-11-04', '2011-W01-2T00:05:23.283', '2020-05-17T10:30-05:00']:
    print(repr(datetime.fromisoformat(s)))
print(date.fromisoformat('2020-05-17'), date.fromisoformat('20200517'), date.fromisoformat('2021-W01-1'))
print(time.fromisoformat('10:30'), time.fromisoformat('10:30:15.5'), repr(time.fromisoformat('T10:30:15+01:00')))
for bad in ['2020-1-1', 'not a date', '2020-01-01T', '']:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print(type(e).__name__, e)

print(datetime.strptime('2023-01-15 14:30', '%Y-%m-%d %H:%M'), datetime.strptime('15 March 2021', '%d %B %Y'))
print(datetime.strptime('03/04/21 02:05 PM', '%m/%d/%y %I:%M %p'), datetime.strptime('Mon, 07 Jun 2021', '%a, %d %b %Y'))
print(repr(datetime.strptime('2021-06-01T12:00:00.5+0200', '%Y-%m-%dT%H:%M:%S.%f%z')), datetime.strptime('2021 045', '%Y %j'))
for s, f in [('2020', '%d'), ('2020-01', '%Y/%m'), ('x', '%Q')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print(type(e).__name__, e)
