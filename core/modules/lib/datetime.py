# datetime - calendar dates, times of day, durations and fixed UTC offsets.
#
# Coroscope's own code, written from the documented behaviour of CPython
# 3.11's datetime module.  It prints what CPython's pure-Python datetime
# prints (the oracle runs that one, so that now() follows the virtual
# clock): the same reprs, the same hashes (so sets of dates iterate in the
# same order) and the same messages, e.g. "('month must be in 1..12', 13)".
#
# now(), today(), utcnow() and fromtimestamp() read the engine's virtual
# wall clock (module time); local time is UTC, as under the oracle (TZ=UTC).
# Left out: pickling through the compact byte state (objects reduce to a
# constructor call instead), the C API capsule, locale-dependent names in
# strptime (C locale only) and fold detection in local time (UTC has none).

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

# ---- the proleptic Gregorian calendar ---------------------------------------

_MONTH_LEN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_START = tuple(sum(_MONTH_LEN[:k]) for k in range(12))  # common year
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBR = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_LAST_DAY = 3652059            # ordinal of 9999-12-31
_US = 1000000                  # microseconds in a second
_MAX_TD_DAYS = 999999999


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_LEN[m - 1]


def _ordinal(y, m, d):
    """Day number of y-m-d; 0001-01-01 is day 1."""
    p = y - 1
    days = 365 * p + p // 4 - p // 100 + p // 400
    return days + _MONTH_START[m - 1] + (m > 2 and _leap(y)) + d


def _from_ordinal(n):
    """(y, m, d) of day number n (0 gives 0000-12-31)."""
    y = n * 400 // 146097 + 1          # 146097 days make 400 years
    while _ordinal(y, 1, 1) > n:
        y -= 1
    while _ordinal(y + 1, 1, 1) <= n:
        y += 1
    left = n - _ordinal(y, 1, 1)       # days into the year
    m = 1
    while left >= _month_len(y, m):
        left -= _month_len(y, m)
        m += 1
    return y, m, left + 1


def _iso_week1(y):
    """Ordinal of the Monday starting ISO week 1 of y (the week of Jan 4)."""
    jan4 = _ordinal(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _from_iso(year, week, day):
    """(y, m, d) of an ISO year, week and weekday, with CPython's checks."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    weeks = (_iso_week1(year + 1) - _iso_week1(year)) // 7
    if not 0 < week <= weeks:
        raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    return _from_ordinal(_iso_week1(year) + 7 * (week - 1) + day - 1)


def _struct(y, m, d, hh, mm, ss, isdst):
    n = _ordinal(y, m, d)
    return _time.struct_time((y, m, d, hh, mm, ss, (n + 6) % 7,
                              n - _ordinal(y, 1, 1) + 1, isdst))


# ---- argument checks ---------------------------------------------------------

def _as_int(v):
    """v as an int through __index__ (floats are refused)."""
    if isinstance(v, int):
        return v
    hook = getattr(type(v), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return hook(v)


def _in_range(name, value, low, high):
    if not low <= value <= high:
        raise ValueError('%s must be in %d..%d' % (name, low, high), value)


def _checked_date(y, m, d):
    y, m, d = _as_int(y), _as_int(m), _as_int(d)
    _in_range('year', y, MINYEAR, MAXYEAR)
    _in_range('month', m, 1, 12)
    _in_range('day', d, 1, _month_len(y, m))
    return y, m, d


def _checked_clock(hh, mm, ss, us, tz, fold):
    clock = _as_int(hh), _as_int(mm), _as_int(ss), _as_int(us)
    for name, value, high in zip(('hour', 'minute', 'second', 'microsecond'),
                                 clock, (23, 59, 59, 999999)):
        _in_range(name, value, 0, high)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1', fold)
    _check_tz(tz)
    return clock


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass")


def _checked_offset(kind, value):
    """A tzinfo's utcoffset() or dst() answer, checked."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (kind, type(value)))
    if not -_DAY < value < _DAY:
        raise ValueError("%s()=%s, must be strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24)"
                         % (kind, value))
    return value


def _checked_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or string, not '%s'"
                        % type(name))
    return name


def _split(x):
    """(fraction, whole part) of a real number, as floats (math.modf)."""
    if not isinstance(x, float):
        kind = type(x)
        if not (isinstance(x, int) or hasattr(kind, '__float__')
                or hasattr(kind, '__index__')):
            raise TypeError('must be real number, not %s' % kind.__name__)
        x = float(x)
    if x != x:
        return x, x
    if x - x != 0:                      # infinite: no fraction
        return 0.0, x
    whole = float(int(x))
    return x - whole, whole


def _cmp(a, b):
    return (a > b) - (a < b)


def _round_div(n, d):
    """n / d rounded to the nearest int, ties to even."""
    if d < 0:
        n, d = -n, -d
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2):
        q += 1
    return q


def _byte_key(values):
    """A str that hashes as bytes(values) does (in CPython and here alike):
    pure-Python datetime hashes its byte state, so sets of dates and times
    iterate in CPython's order only with the same hashes."""
    return ''.join(map(chr, values))


def _comparisons():
    """==, <, <=, >, >= for a class whose _order(other, eq) gives a number
    signed like self - other (nonzero: unequal) or NotImplemented."""
    def make(name, test):
        def compare(self, other):
            c = self._order(other, name == '__eq__')
            return c if c is NotImplemented else test(c)
        compare.__name__ = name
        return compare
    return (make('__eq__', lambda c: c == 0), make('__lt__', lambda c: c < 0),
            make('__le__', lambda c: c <= 0), make('__gt__', lambda c: c > 0),
            make('__ge__', lambda c: c >= 0))


def _format(self, fmt):
    """format(obj, spec): strftime(spec), or str(obj) for an empty spec."""
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)
    return self.strftime(fmt) if fmt else str(self)


# ---- text --------------------------------------------------------------------

_TIMESPECS = {'hours': 1, 'minutes': 2, 'seconds': 3,
              'milliseconds': 4, 'microseconds': 5}


def _clock_text(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    parts = _TIMESPECS.get(timespec)
    if parts is None:
        raise ValueError('Unknown timespec value')
    text = ':'.join('%02d' % v for v in (hh, mm, ss)[:parts])
    if parts == 4:
        text += '.%03d' % (us // 1000)
    elif parts == 5:
        text += '.%06d' % us
    return text


def _offset_text(off, sep):
    """'+HH<sep>MM', with <sep>SS and .ffffff only when needed; '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off._days < 0:
        sign, off = '-', -off
    hh, rest = divmod(off._days * 86400 + off._seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off._microseconds:
        text += '%s%02d' % (sep, ss)
        if off._microseconds:
            text += '.%06d' % off._microseconds
    return text


def _strftime(obj, fmt, tt):
    """time.strftime(fmt, tt) after datetime's own %f, %z and %Z."""
    n = len(fmt)
    out, memo, i = [], {}, 0
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d not in 'fzZ':
            out.append('%' + d)
            continue
        if d not in memo:
            if d == 'f':
                memo[d] = '%06d' % getattr(obj, 'microsecond', 0)
            elif d == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                memo[d] = _offset_text(off, '')
            else:
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                memo[d] = '' if name is None else name.replace('%', '%%')
        out.append(memo[d])
    return _time.strftime(''.join(out), tt)


# ---- ISO 8601 parsing (the forms 3.11's fromisoformat takes) ------------------

# what each step of parsing reports (seen only as the __context__ of the
# "Invalid isoformat string" error)
_DASHES = "Inconsistent use of dash separator"
_ISO_BAD = "Invalid ISO string"
_ISO_SHORT_PART = "Incomplete time component"
_ISO_BAD_FRACTION = "Invalid microsecond component"
_ISO_FRACTION_TAIL = "Non-digit values in unparsed fraction"
_ISO_SHORT_TIME = "Isoformat time too short"
_ISO_BAD_ZONE = "Malformed time zone string"


def _digit(c):
    return c in '0123456789'


def _iso_date_len(s):
    """How many leading characters of an ISO datetime string are its date."""
    n = len(s)
    if n == 7:
        return 7                        # YYYYWww
    if s[4] == '-':
        if s[5] != 'W':
            return 10                   # YYYY-MM-DD
        if n < 8:
            raise ValueError(_ISO_BAD)
        if n > 8 and s[8] == '-':       # YYYY-Www-D, unless '-' separates
            if n == 9:                  # a time: YYYY-Www-HH...
                raise ValueError(_ISO_BAD)
            return 8 if n > 10 and _digit(s[10]) else 10
        return 8                        # YYYY-Www
    if s[4] != 'W':
        return 8                        # YYYYMMDD
    # YYYYWww or YYYYWwwD, then a separator (maybe a digit) and a time
    # whose digits come in pairs: the length of the run tells them apart
    end = 7
    while end < n and _digit(s[end]):
        end += 1
    if end < 9:
        return end
    return 7 if end % 2 == 0 else 8


def _iso_date(s):
    """(y, m, d) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    assert len(s) in (7, 8, 10)       # a short datetime fails so in CPython
    year = int(s[:4])
    dash = s[4:5] == '-'
    rest = s[4 + dash:]
    if rest[:1] == 'W':
        week, tail, day = int(rest[1:3]), rest[3:], 1
        if tail:
            if (tail[0] == '-') != dash:
                raise ValueError(_DASHES)
            day = int(tail[dash:dash + 1])
        return _from_iso(year, week, day)
    month, tail = int(rest[:2]), rest[2:]
    if (tail[:1] == '-') != dash:
        raise ValueError(_DASHES)
    return year, month, int(tail[dash:dash + 2])


def _iso_clock(s):
    """[hh, mm, ss, us] of HH[:MM[:SS[.f*]]] or HH[MM[SS[.f*]]] (',' too)."""
    out = [0, 0, 0, 0]
    i, n, colons = 0, len(s), False
    for k in range(3):
        if n - i < 2:
            raise ValueError(_ISO_SHORT_PART)
        out[k] = int(s[i:i + 2])
        i += 2
        nxt = s[i:i + 1]
        if k == 0:
            colons = nxt == ':'
        if not nxt or k == 2:
            break
        if colons:
            if nxt != ':':
                raise ValueError("Invalid time separator: %c" % nxt)
            i += 1
    if i < n:
        if s[i] not in '.,':
            raise ValueError(_ISO_BAD_FRACTION)
        frac = s[i + 1:]
        out[3] = int(frac[:6]) * 10 ** (6 - len(frac[:6]))
        if not all(map(_digit, frac[6:])):   # digits past the 6th: dropped
            raise ValueError(_ISO_FRACTION_TAIL)
    return out


def _iso_time(s):
    """[hh, mm, ss, us, tz] of a time, maybe followed by Z or +-HH[:MM...]."""
    if len(s) < 2:
        raise ValueError(_ISO_SHORT_TIME)
    at = s.find('-') + 1 or s.find('+') + 1 or s.find('Z') + 1
    if not at:
        return _iso_clock(s) + [None]
    clock, zone = _iso_clock(s[:at - 1]), s[at:]
    if not zone and s[-1] == 'Z':
        return clock + [UTC]
    if len(zone) in (0, 1, 3):
        raise ValueError(_ISO_BAD_ZONE)
    hh, mm, ss, us = _iso_clock(zone)
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return clock + [UTC]
    return clock + [timezone(-off if s[at - 1] == '-' else off)]


def _bad_iso(s):
    return ValueError(f'Invalid isoformat string: {s!r}')


def _need_str(s):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')


def _ctime(d, hh, mm, ss):
    """'Sun Jul  4 10:20:30 2021' for date d and a time of day."""
    wd = (_ordinal(d._y, d._m, d._d) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (
        _DAY_ABBR[wd], _MONTH_ABBR[d._m - 1], d._d, hh, mm, ss, d._y)


# ---- timedelta -----------------------------------------------------------------

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # the larger units first, with the operations CPython uses, so a
        # bad argument fails with the same message
        days += weeks * 7
        seconds += minutes * 60 + hours * 3600
        microseconds += milliseconds * 1000
        # whole days and seconds stay exact ints; the fractions of float
        # days and seconds are summed as seconds and join the microseconds,
        # which are rounded (ties to even) once
        frac = 0.0
        if isinstance(days, float):
            part, whole = _split(days)
            frac, secs = _split(part * 86400.0)
            d, s = int(whole), int(secs)
        else:
            d, s = days, 0
        if isinstance(seconds, float):
            part, whole = _split(seconds)
            s += int(whole)
            frac += part
        else:
            s += seconds
        extra = frac * 1e6
        if isinstance(microseconds, float):
            us = round(microseconds + extra)
        else:
            carry, us = divmod(microseconds, _US)
            s += carry
            us = round(us + extra)
        carry, us = divmod(us, _US)
        carry, s = divmod(s + carry, 86400)
        d += carry
        if not -_MAX_TD_DAYS <= d <= _MAX_TD_DAYS:
            raise OverflowError("timedelta # of days is too large: %d" % d)
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = d, s, us
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _total(self):
        """The whole duration in microseconds."""
        return (self._days * 86400 + self._seconds) * _US + self._microseconds

    def total_seconds(self):
        return self._total() / 10 ** 6

    def __repr__(self):
        named = [f'{k}={v}' for k, v in (('days', self._days),
                                         ('seconds', self._seconds),
                                         ('microseconds', self._microseconds)) if v]
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(named) or '0')

    def __str__(self):
        mins, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mins, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    # arithmetic on the total microseconds, which the constructor normalises

    def __add__(self, other):
        n = _us_of(other)
        return NotImplemented if n is None else _td_us(self._total() + n)

    __radd__ = __add__

    def __sub__(self, other):
        n = _us_of(other)
        return NotImplemented if n is None else _td_us(self._total() - n)

    def __rsub__(self, other):
        n = _us_of(other)
        return NotImplemented if n is None else _td_us(n - self._total())

    def __neg__(self):
        return _td_us(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __mul__(self, other):
        ratio = _ratio(other)
        if ratio is None:
            return NotImplemented
        return _td_us(_round_div(self._total() * ratio[0], ratio[1]))

    __rmul__ = __mul__

    def __truediv__(self, other):
        n = _us_of(other)
        if n is not None:
            return self._total() / n
        ratio = _ratio(other)
        if ratio is None:
            return NotImplemented
        return _td_us(_round_div(self._total() * ratio[1], ratio[0]))

    def __floordiv__(self, other):
        n = _us_of(other)
        if n is not None:
            return self._total() // n
        if not isinstance(other, int):
            return NotImplemented
        return _td_us(self._total() // other)

    def __mod__(self, other):
        n = _us_of(other)
        return NotImplemented if n is None else _td_us(self._total() % n)

    def __divmod__(self, other):
        n = _us_of(other)
        if n is None:
            return NotImplemented
        whole, left = divmod(self._total(), n)
        return whole, _td_us(left)

    def _state(self):
        return self._days, self._seconds, self._microseconds

    def _order(self, other, eq):
        n = _us_of(other)
        return NotImplemented if n is None else _cmp(self._total(), n)

    __eq__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        return hash(self._state())

    def __reduce__(self):
        return type(self), self._state()


def _td_us(n):
    """The timedelta of n microseconds."""
    return timedelta(0, 0, n)


def _us_of(x):
    """x's length in microseconds if x is a timedelta, else None."""
    return x._total() if isinstance(x, timedelta) else None


def _ratio(x):
    """(numerator, denominator) of an int or a float, else None."""
    if isinstance(x, float):
        return x.as_integer_ratio()
    return (x, 1) if isinstance(x, int) else None


timedelta.min = timedelta(-_MAX_TD_DAYS)
timedelta.max = timedelta(_MAX_TD_DAYS, 86399, 999999)
timedelta.resolution = timedelta(0, 0, 1)
_DAY = timedelta(1)
_HOUR = timedelta(hours=1)
_MINUTE = timedelta(minutes=1)
_SECOND = timedelta(seconds=1)
_ZERO = timedelta(0)


# ---- date ----------------------------------------------------------------------

class date:
    """A day of the proleptic Gregorian calendar."""

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._y, self._m, self._d = _checked_date(year, month, day)
        return self

    year = property(lambda self: self._y)
    month = property(lambda self: self._m)
    day = property(lambda self: self._d)

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        _need_str(date_string)
        if len(date_string) not in (7, 8, 10):
            raise _bad_iso(date_string)
        try:
            return cls(*_iso_date(date_string))
        except Exception:
            raise _bad_iso(date_string)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso(year, week, day))

    def toordinal(self):
        return _ordinal(self._y, self._m, self._d)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        n, y = self.toordinal(), self._y
        if n >= _iso_week1(y + 1):
            y += 1
        elif n < _iso_week1(y):
            y -= 1
        week, day = divmod(n - _iso_week1(y), 7)
        return _IsoCalendarDate(y, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day)

    def timetuple(self):
        return _struct(self._y, self._m, self._d, 0, 0, 0, -1)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._y, self._m, self._d)

    __str__ = isoformat

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (type(self).__module__, type(self).__qualname__,
                                      self._y, self._m, self._d)

    def ctime(self):
        return _ctime(self, 0, 0, 0)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    __format__ = _format

    def _order(self, other, eq):
        if not isinstance(other, date):
            return NotImplemented
        return _cmp((self._y, self._m, self._d), (other._y, other._m, other._d))

    __eq__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        return hash((_byte_key((self._y >> 8, self._y & 255, self._m, self._d)),))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        n = self.toordinal() + other.days
        if not 0 < n <= _LAST_DAY:
            raise OverflowError("result out of range")
        return type(self).fromordinal(n)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._y, self._m, self._d)


class IsoCalendarDate(tuple):
    """date.isocalendar()'s answer: (year, week, weekday), by name too."""

    def __new__(cls, year, week, weekday, /):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % ((type(self).__name__,) + self)


_IsoCalendarDate = IsoCalendarDate     # not a public name of the module
del IsoCalendarDate

date.min, date.max = date(MINYEAR, 1, 1), date(MAXYEAR, 12, 31)
date.resolution = _DAY


# ---- tzinfo --------------------------------------------------------------------

class tzinfo:
    """Base class of time zones: subclasses give utcoffset, dst, tzname."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        # dt holds a UTC time tagged with self: shift it by the standard
        # offset, then by the DST in force at the shifted local time
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = off - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent "
                                 "results; cannot convert")
        return dt + saving


# ---- time ----------------------------------------------------------------------

def _zone_query(obj, method, arg):
    """obj.tzinfo.<method>(arg), checked; None without a tzinfo."""
    tz = obj._tz
    if tz is None:
        return None
    answer = getattr(tz, method)(arg)
    return _checked_name(answer) if method == 'tzname' else _checked_offset(method, answer)


class time:
    """A time of day, with an optional tzinfo and a fold (0 or 1)."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        self = object.__new__(cls)
        self._hh, self._mm, self._ss, self._us = _checked_clock(
            hour, minute, second, microsecond, tzinfo, fold)
        self._tz, self._fold = tzinfo, fold
        return self

    hour = property(lambda self: self._hh)
    minute = property(lambda self: self._mm)
    second = property(lambda self: self._ss)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _zone_query(self, 'utcoffset', None)

    def dst(self):
        return _zone_query(self, 'dst', None)

    def tzname(self):
        return _zone_query(self, 'tzname', None)

    def _clock(self):
        return self._hh, self._mm, self._ss, self._us

    def _order(self, other, eq):
        if not isinstance(other, time):
            return NotImplemented
        if self._tz is not other._tz:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if eq:
                        return 2
                    raise TypeError("cannot compare naive and aware times")
                # the offsets count in whole minutes here, as in CPython
                a = (self._hh * 60 + self._mm - mine // _MINUTE, self._ss, self._us)
                b = (other._hh * 60 + other._mm - theirs // _MINUTE,
                     other._ss, other._us)
                return _cmp(a, b)
        return _cmp(self._clock(), other._clock())

    __eq__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        plain = self.replace(fold=0) if self._fold else self
        off = plain.utcoffset()
        if not off:
            us = self._us
            return hash(_byte_key((self._hh, self._mm, self._ss,
                                   us >> 16, (us >> 8) & 255, us & 255)))
        # an aware time hashes as the naive UTC time it stands for
        left = timedelta(hours=self._hh, minutes=self._mm) - off
        hh, rest = divmod(left, _HOUR)
        mm, seconds = divmod(rest, _MINUTE)
        assert not seconds, "whole minute"     # CPython's pure module asserts so
        if 0 <= hh < 24:
            return hash(time(hh, mm, self._ss, self._us))
        return hash((hh, mm, self._ss, self._us))

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        clock = [old if new is None else new for old, new in
                 zip(self._clock(), (hour, minute, second, microsecond))]
        return type(self)(*clock, self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        return (_clock_text(self._hh, self._mm, self._ss, self._us, timespec)
                + _offset_text(self.utcoffset(), ':'))

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        _need_str(time_string)
        time_string = time_string.removeprefix('T')
        try:
            return cls(*_iso_time(time_string))
        except Exception:
            raise _bad_iso(time_string)

    def __repr__(self):
        shown = [self._hh, self._mm, self._ss, self._us]
        while len(shown) > 2 and not shown[-1]:
            shown.pop()
        return _with_zone(self, ', '.join(map(str, shown)))

    def strftime(self, fmt):
        return _strftime(self, fmt, (1900, 1, 1, self._hh, self._mm, self._ss,
                                     0, 1, -1))

    __format__ = _format

    def __reduce__(self):
        return type(self), self._clock() + (self._tz,)


def _with_zone(obj, args):
    """'module.Class(args[, tzinfo=...][, fold=1])'."""
    if obj._tz is not None:
        args += ', tzinfo=%r' % (obj._tz,)
    if obj._fold:
        args += ', fold=1'
    return '%s.%s(%s)' % (type(obj).__module__, type(obj).__qualname__, args)


time.min, time.max = time(0, 0, 0), time(23, 59, 59, 999999)
time.resolution = timedelta(0, 0, 1)
_time_type = time


# ---- datetime ------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, with an optional tzinfo and a fold."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        ymd = _checked_date(year, month, day)
        clock = _checked_clock(hour, minute, second, microsecond, tzinfo, fold)
        self = object.__new__(cls)
        self._y, self._m, self._d = ymd
        self._hh, self._mm, self._ss, self._us = clock
        self._tz, self._fold = tzinfo, fold
        return self

    hour, minute, second = _time_type.hour, _time_type.minute, _time_type.second
    microsecond, tzinfo, fold = (_time_type.microsecond, _time_type.tzinfo,
                                 _time_type.fold)
    _clock = _time_type._clock

    def _fields(self):
        return (self._y, self._m, self._d) + self._clock()

    def _day_seconds(self):
        return self._hh * 3600 + self._mm * 60 + self._ss

    def _local_seconds(self):
        """Whole seconds since 1970-01-01 of this naive (local: UTC) time."""
        secs = (self.toordinal() - _EPOCH_DAY) * 86400 + self._day_seconds()
        _look_back(secs)
        return secs

    def utcoffset(self):
        return _zone_query(self, 'utcoffset', self)

    def dst(self):
        return _zone_query(self, 'dst', self)

    def tzname(self):
        return _zone_query(self, 'tzname', self)

    # -- other constructors --

    @classmethod
    def _from_posix(cls, t, tz, utc):
        frac, whole = _split(t)
        us = round(frac * 1e6)
        if us >= _US:
            whole, us = whole + 1, us - _US
        elif us < 0:
            whole, us = whole - 1, us + _US
        if not utc:
            _look_back(whole)
        tm = (_time.gmtime if utc else _time.localtime)(whole)
        moment = cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)
        return moment if tz is None else tz.fromutc(moment)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        return cls._from_posix(t, tz, tz is not None)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, None, True)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_type):
            raise TypeError("date argument must be a date instance")
        if not isinstance(time, _time_type):
            raise TypeError("time argument must be a time instance")
        return cls(date.year, date.month, date.day, *time._clock(),
                   time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        _need_str(date_string)
        s = date_string
        if len(s) < 7:
            raise _bad_iso(s)
        try:
            cut = _iso_date_len(s)
            rest = s[cut + 1:]
            fields = (list(_iso_date(s[:cut])) +
                      (_iso_time(rest) if rest else [0, 0, 0, 0, None]))
        except ValueError:
            raise _bad_iso(s) from None
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    # -- parts and conversions --

    def date(self):
        return _date_type(self._y, self._m, self._d)

    def time(self):
        return _time_type(*self._clock(), fold=self._fold)

    def timetz(self):
        return _time_type(*self._clock(), self._tz, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        fields = [old if new is None else new for old, new in zip(
            self._fields(), (year, month, day, hour, minute, second, microsecond))]
        return type(self)(*fields, self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else 1 if saving else 0
        return _struct(self._y, self._m, self._d, self._hh, self._mm, self._ss, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self - off if off else self
        return _struct(t._y, t._m, t._d, t._hh, t._mm, t._ss, 0)

    def timestamp(self):
        if self._tz is None:             # local time, which is UTC here
            return self._local_seconds() + self._us / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_zone(self):
        """The local zone at this moment (UTC here), as localtime names it."""
        if self._tz is None:
            secs = self._local_seconds()
        else:
            secs = (self - _EPOCH) // _SECOND
        tm = _time.localtime(secs)
        return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_zone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        source = self._tz
        off = None if source is None else source.utcoffset(self)
        if off is None:                  # naive: a local time
            source = self.replace(tzinfo=None)._local_zone()
            off = source.utcoffset(self)
        if tz is source:
            return self
        return tz.fromutc((self - off).replace(tzinfo=tz))

    # -- text --

    def ctime(self):
        return _ctime(self, self._hh, self._mm, self._ss)

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%c' % (self._y, self._m, self._d, sep)
                + _clock_text(*self._clock(), timespec)
                + _offset_text(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        shown = list(self._fields())
        while len(shown) > 5 and not shown[-1]:    # drop a zero us, then ss
            shown.pop()
        return _with_zone(self, ', '.join(map(str, shown)))

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    # -- comparison and hashing --

    def _order(self, other, eq):
        if not isinstance(other, datetime):
            if not isinstance(other, date):
                return NotImplemented
            if eq:
                return 2
            raise TypeError("can't compare '%s' to '%s'"
                            % (type(self).__name__, type(other).__name__))
        if self._tz is not other._tz:
            mine, theirs = self.utcoffset(), other.utcoffset()
            # a time whose offset depends on fold equals none in another zone
            if eq and (self._fold_matters(mine) or other._fold_matters(theirs)):
                return 2
            if mine != theirs:
                if mine is None or theirs is None:
                    if eq:
                        return 2
                    raise TypeError("cannot compare naive and aware datetimes")
                return _cmp(self - other, _ZERO)
        return _cmp(self._fields(), other._fields())

    def _fold_matters(self, off):
        return off != self.replace(fold=not self._fold).utcoffset()

    __eq__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        plain = self.replace(fold=0) if self._fold else self
        off = plain.utcoffset()
        if off is None:
            y, us = self._y, self._us
            return hash(_byte_key((y >> 8, y & 255, self._m, self._d, self._hh,
                                   self._mm, self._ss, us >> 16,
                                   (us >> 8) & 255, us & 255)))
        # an aware datetime hashes as its UTC moment counted from day 0
        return hash(timedelta(self.toordinal(), self._day_seconds(), self._us) - off)

    # -- arithmetic --

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        moved = timedelta(self.toordinal(), self._day_seconds(), self._us) + other
        if not 0 < moved.days <= _LAST_DAY:
            raise OverflowError("result out of range")
        hh, rest = divmod(moved.seconds, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(*_from_ordinal(moved.days), hh, mm, ss,
                          moved.microseconds, self._tz)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            return self + -other if isinstance(other, timedelta) else NotImplemented
        span = timedelta(self.toordinal() - other.toordinal(),
                         self._day_seconds() - other._day_seconds(),
                         self._us - other._us)
        if self._tz is other._tz:
            return span
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return span
        if mine is None or theirs is None:
            raise TypeError("cannot mix naive and timezone-aware time")
        return span + theirs - mine

    def __reduce__(self):
        return type(self), self._fields() + (self._tz,)


_date_type = date
datetime.min, datetime.max = (datetime(MINYEAR, 1, 1),
                               datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999))
datetime.resolution = timedelta(0, 0, 1)


# ---- timezone ------------------------------------------------------------------

_UNNAMED = object()


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __new__(cls, offset, name=_UNNAMED):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is _UNNAMED:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -_DAY < offset < _DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24).")
        return cls._make(offset, name)

    @classmethod
    def _make(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is UTC:
            return 'datetime.timezone.utc'
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self.__getinitargs__())))

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _check_arg(dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(method + "() argument must be a datetime instance or None")

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        return 'UTC' + _offset_text(self._offset, ':') if self._offset else 'UTC'

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


UTC = timezone.utc = timezone._make(_ZERO)
timezone.min = timezone._make(-timedelta(hours=23, minutes=59))
timezone.max = timezone._make(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_DAY = _EPOCH.toordinal()


def _look_back(secs):
    """CPython converts local times by also looking a day earlier (for a
    fold), which fails on 0001-01-01: so do we, with its error."""
    if secs - 86400 < (1 - _EPOCH_DAY) * 86400:
        _checked_date(0, 12, 31)


# ---- strptime ----------------------------------------------------------------

_FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday']
_FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']

# The longest digit runs _strptime's patterns accept, and the values.
_NUMERIC = {'d': (2, 1, 31), 'm': (2, 1, 12), 'H': (2, 0, 23), 'I': (2, 1, 12),
            'M': (2, 0, 59), 'S': (2, 0, 61), 'j': (3, 1, 366), 'y': (2, 0, 99),
            'U': (2, 0, 53), 'W': (2, 0, 53), 'w': (1, 0, 6), 'u': (1, 1, 7)}


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: the fields _strptime parses, as a struct_time."""
    dt = _strptime(datetime, data_string, format)
    return _struct(dt.year, dt.month, dt.day, dt.hour, dt.minute,
                              dt.second, -1)


def _strptime(cls, data_string, format):
    """datetime.strptime for the C locale, without regular expressions:
    the directives of _strptime, its defaults (1900-01-01 00:00) and its
    messages."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(
                index, type(arg)))
    # the format's directives first (a bad one is reported before matching)
    k, fn = 0, len(format)
    while k < fn:
        if format[k] == '%':
            if k + 1 >= fn:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[k + 1]
            if d not in "dmHIMSjyUWwuYfpbBhaAzZ%":
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            k += 2
        else:
            k += 1
    fields = {}
    s, i, n = data_string, 0, len(data_string)

    def mismatch():
        return ValueError("time data %r does not match format %r" % (data_string, format))

    def number(maxlen, lo, hi):
        nonlocal i
        j = i
        while j < n and j - i < maxlen and s[j] in '0123456789':
            j += 1
        while j > i and not lo <= int(s[i:j]) <= hi:
            j -= 1                     # the pattern would take fewer digits
        if j == i:
            raise mismatch()
        value = int(s[i:j])
        i = j
        return value

    def name(choices):
        nonlocal i
        low = s[i:].lower()
        best = -1
        for c_index, c in enumerate(choices):
            if low.startswith(c) and (best < 0 or len(c) > len(choices[best])):
                best = c_index
        if best < 0:
            raise mismatch()
        i += len(choices[best])
        return best

    k = 0
    while k < fn:
        ch = format[k]
        k += 1
        if ch != '%':
            if ch.isspace():
                if i >= n or not s[i].isspace():
                    raise mismatch()
                while i < n and s[i].isspace():
                    i += 1
                while k < fn and format[k].isspace():
                    k += 1
                continue
            if i >= n or s[i] != ch:
                raise mismatch()
            i += 1
            continue
        d = format[k]
        k += 1
        if d in _NUMERIC:
            fields[d] = number(*_NUMERIC[d])
        elif d == 'Y':
            start = i
            fields['Y'] = number(4, 0, 9999)
            if i - start != 4:
                raise mismatch()
        elif d == 'f':
            j = i
            while j < n and j - i < 6 and s[j] in '0123456789':
                j += 1
            if j == i:
                raise mismatch()
            fields['f'] = int((s[i:j] + '000000')[:6])
            i = j
        elif d == 'p':
            fields['p'] = name(['am', 'pm'])
        elif d in 'bh':
            fields['m'] = name([m[:3] for m in _FULL_MONTHS]) + 1
        elif d == 'B':
            fields['m'] = name(_FULL_MONTHS) + 1
        elif d == 'a':
            fields['a'] = name([w[:3] for w in _FULL_DAYS])
        elif d == 'A':
            fields['a'] = name(_FULL_DAYS)
        elif d == 'z':
            if i < n and s[i] == 'Z':
                fields['z'] = (0, 0)
                i += 1
                continue
            if i >= n or s[i] not in '+-':
                raise mismatch()
            sign = -1 if s[i] == '-' else 1
            i += 1
            start = i
            hh = number(2, 0, 99)
            if i < n and s[i] == ':':
                i += 1
            mm = number(2, 0, 59)
            ss = us = 0
            if i < n and s[i] == ':':
                i += 1
            if i < n and s[i] in '0123456789':
                ss = number(2, 0, 59)
                if i < n and s[i] == '.':
                    i += 1
                    j = i
                    while j < n and s[j] in '0123456789':
                        j += 1
                    us = int((s[i:j] + '000000')[:6])
                    i = j
            if i - start < 4:
                raise mismatch()
            fields['z'] = (sign * (hh * 3600 + mm * 60 + ss), sign * us)
        elif d == 'Z':
            for zone in ('utc', 'gmt'):
                if s[i:i + 3].lower() == zone:
                    i += 3
                    fields['Z'] = s[i - 3:i]
                    break
            else:
                raise mismatch()
        else:                                   # '%%'
            if i >= n or s[i] != '%':
                raise mismatch()
            i += 1
    if i < n:
        raise ValueError("unconverted data remains: %s" % s[i:])
    year = fields.get('Y', 1900)
    if 'y' in fields:
        year = fields['y'] + (2000 if fields['y'] <= 68 else 1900)
    month = fields.get('m', 1)
    day = fields.get('d', 1)
    hour = fields.get('H', 0)
    if 'I' in fields:
        hour = fields['I']
        ampm = fields.get('p')
        if ampm in (None, 0):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if 'j' in fields and 'm' not in fields and 'd' not in fields:
        year, month, day = _from_ordinal(_ordinal(year, 1, 1) + fields['j'] - 1)
    tz = None
    if 'z' in fields:
        delta = timedelta(seconds=fields['z'][0], microseconds=fields['z'][1])
        tz = timezone(delta, fields['Z']) if fields.get('Z') else timezone(delta)
    return cls(year, month, day, hour, fields.get('M', 0), fields.get('S', 0),
               fields.get('f', 0), tz)
