# fromisoformat: the ISO 8601 forms 3.11 accepts (extended and basic,
# week dates, ',' fractions, more than 6 fraction digits, offsets), and
# the "Invalid isoformat string" error for the rest.
from datetime import date, datetime, time

for s in ['2020-05-17', '20200517', '2020-W20', '2020W20', '2020-W20-7', '2020W207',
          '2020-W53-7', '2021-W53-1', '2020-02-30', '2020-1-1', '2020-05', '']:
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s in ['2020-05-17T10', '2020-05-17 10:30', '2020-05-17T1030', '2020-05-17T103045',
          '2020-05-17T10:30:45,25', '2020-05-17T10:30:45.1234567', '2020-05-17T10:30:45.123456789Z',
          '2020-05-17T10:30+0530', '2020-05-17T10:30-05', '2020-05-17T10:30:00+00:00',
          '2020-05-17T10:30+01:02:03.5', '2020W207T10', '2020-W20T1030', '2020-W20-7T10:30',
          '20200517T1030Z', '2020-05-17x10:30', '2020-05-17T', '2020-05-17T10:3', '2020-05-17T10:30:45.',
          '2020-05-17T10:30.5', '2020-05-17T10:30:45+25:00', '2020-05-17T24:00', '2020-02-30T10:00']:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s in ['10', '1030', '10:30:45.5', 'T10:30', '10:30Z', '10:30:45-08:00', '10:30,5',
          '25:00', '10:60', '10:30:45x', '1']:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for bad in [5, b'2020-01-01']:
    try:
        datetime.fromisoformat(bad)
    except TypeError as e:
        print('TypeError', e)
print(datetime.fromisoformat(datetime(2021, 3, 4, 5, 6, 7, 8).isoformat()) == datetime(2021, 3, 4, 5, 6, 7, 8))
