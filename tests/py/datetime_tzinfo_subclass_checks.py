# What datetime checks in the answers of a tzinfo subclass, the default
# tzinfo.fromutc, and how zones with a fold or no dst() compare and hash.
from datetime import datetime, time, timedelta, timezone, tzinfo


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def dst(self, dt):
        return timedelta(hours=30)

    def tzname(self, dt):
        return 7


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


class Shifty(tzinfo):
    """An offset that depends on fold, as in a repeated hour."""
    def utcoffset(self, dt):
        return timedelta(hours=1 if dt is None or dt.fold else 2)

    def dst(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        return 'S'


class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'EST'

    def __repr__(self):
        return 'EST()'


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


bad = datetime(2020, 1, 1, tzinfo=Bad())
attempt('utcoffset', bad.utcoffset)
attempt('dst', bad.dst)
attempt('tzname', bad.tzname)
attempt('isoformat', bad.isoformat)
plain = datetime(2020, 1, 1, tzinfo=NoDst())
attempt('str', lambda: str(plain))
attempt('timetuple', lambda: plain.timetuple().tm_isdst)
attempt('strftime', lambda: plain.strftime('[%Z] [%z]'))
attempt('astimezone', lambda: plain.astimezone(EST()))
attempt('to NoDst', lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(NoDst()))
attempt('to EST', lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(EST()))
attempt('fromutc(5)', lambda: tzinfo().fromutc(5))
attempt('fromutc other', lambda: EST().fromutc(datetime(2020, 1, 1)))
attempt('fromutc', lambda: EST().fromutc(datetime(2020, 1, 1, tzinfo=EST())))
attempt('timezone.fromutc', lambda: timezone(timedelta(hours=5)).fromutc(datetime(2020, 1, 1)))
shifty = datetime(2020, 1, 1, tzinfo=Shifty())
attempt('fold ==', lambda: shifty == datetime(2019, 12, 31, 22, tzinfo=timezone.utc))
attempt('fold <', lambda: shifty < datetime(2020, 1, 1, tzinfo=timezone.utc))
attempt('fold hash', lambda: hash(shifty) == hash(shifty.replace(fold=1)))
attempt('est ==', lambda: time(12, tzinfo=EST()) == time(17, tzinfo=timezone.utc))
attempt('naive ==', lambda: time(12, tzinfo=EST()) == time(12))
attempt('time hash', lambda: hash(time(12, tzinfo=EST())) == hash(time(17)))
attempt('time hash wrap', lambda: hash(time(22, tzinfo=timezone(timedelta(hours=-5)))) == hash((27, 0, 0, 0)))
attempt('aware -', lambda: datetime(2020, 1, 1, tzinfo=EST()) - datetime(2020, 1, 1, tzinfo=timezone.utc))
attempt('repr', lambda: datetime(2020, 1, 1, 5, tzinfo=EST(), fold=1).timetz())
