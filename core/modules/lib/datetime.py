# datetime - dates, times, durations and fixed-offset time zones, with the
# behaviour, reprs and messages of CPython 3.11's pure-Python datetime
# (Lib/datetime.py): the oracle runs that implementation rather than the C
# accelerator, so that now() follows the virtual clock; so do we, and its
# messages ("('month must be in 1..12', 13)", "result out of range",
# "can't compare 'datetime' to 'date'") are the ones programs print.
#
# now(), today(), utcnow() and fromtimestamp() read the virtual wall
# clock (module time): seconds since 1970-01-01 00:00:00 UTC, local time
# being UTC, as under the oracle (TZ=UTC).

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    """Proleptic Gregorian ordinal: 0001-01-01 is day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of ordinal n (n 0 is 0000-12-31)."""
    n400, rest = divmod(n - 1, 146097)        # days in 400 years
    year = n400 * 400 + 1
    n100 = min(rest // 36524, 3)              # the 4th century is a day longer
    rest -= n100 * 36524
    n4, rest = divmod(rest, 1461)
    n1 = min(rest // 365, 3)                  # the 4th year may be a leap year
    rest -= n1 * 365
    year += n100 * 100 + n4 * 4 + n1
    month = 1
    while rest >= _days_in_month(year, month):
        rest -= _days_in_month(year, month)
        month += 1
    return year, month, rest + 1


def _index(value):
    """operator.index(value)."""
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        f"interpreted as an integer")
    return index(value)


def _modf(x):
    """math.modf(x): (fraction, whole part), both floats."""
    whole = float(int(x))
    return x - whole, whole


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year must be in %d..%d' % (MINYEAR, MAXYEAR), year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12', month)
    last = _days_in_month(year, month)
    if not 1 <= day <= last:
        raise ValueError('day must be in 1..%d' % last, day)
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    for value, name, top in ((hour, 'hour', 23), (minute, 'minute', 59),
                             (second, 'second', 59),
                             (microsecond, 'microsecond', 999999)):
        if not 0 <= value <= top:
            raise ValueError('%s must be in 0..%d' % (name, top), value)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1', fold)
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass")


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or string, "
                        "not '%s'" % type(name))


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None "
                        "or timedelta, not '%s'" % (name, type(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("%s()=%s, must be strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24)" %
                         (name, offset))


def _hash_key(byte_values):
    """A str that hashes as bytes(byte_values) does (CPython hashes both
    with siphash over the same bytes), so that dates hash as in CPython,
    whose pure-Python datetime hashes their pickled bytes, and sets of
    them iterate in CPython's order."""
    return ''.join(map(chr, byte_values))


def _cmperror(x, y):
    raise TypeError("can't compare '%s' to '%s'" % (type(x).__name__,
                                                    type(y).__name__))


def _divide_and_round(a, b):
    """a / b rounded to the nearest integer, half to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


_TIMESPECS = {
    'hours': '{:02d}',
    'minutes': '{:02d}:{:02d}',
    'seconds': '{:02d}:{:02d}:{:02d}',
    'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
    'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}',
}


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec not in _TIMESPECS:
        raise ValueError('Unknown timespec value')
    return _TIMESPECS[timespec].format(hh, mm, ss, us)


def _format_offset(off):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset() (None: '')."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d:%02d' % (sign, hh, mm)
    if rest or rest.microseconds:
        s += ':%02d' % rest.seconds
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _z_directive(obj):
    """strftime's %z: '+HHMM[SS[.ffffff]]', or '' without an offset."""
    offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        offset = -offset
        sign = '-'
    h, rest = divmod(offset, timedelta(hours=1))
    m, rest = divmod(rest, timedelta(minutes=1))
    s = rest.seconds
    u = offset.microseconds
    if u:
        return '%c%02d%02d%02d.%06d' % (sign, h, m, s, u)
    if s:
        return '%c%02d%02d%02d' % (sign, h, m, s)
    return '%c%02d%02d' % (sign, h, m)


def _wrap_strftime(obj, format, timetuple):
    """strftime with datetime's own directives %f, %z and %Z; the rest
    goes to time.strftime."""
    out = []
    i, n = 0, len(format)
    replaced = {}
    while i < n:
        ch = format[i]
        i += 1
        if ch != '%':
            out.append(ch)
        elif i >= n:
            out.append('%')
        else:
            ch = format[i]
            i += 1
            if ch in 'fzZ':
                if ch not in replaced:
                    if ch == 'f':
                        replaced[ch] = '%06d' % getattr(obj, 'microsecond', 0)
                    elif ch == 'z':
                        replaced[ch] = _z_directive(obj)
                    else:
                        name = obj.tzname() if hasattr(obj, 'tzname') else None
                        replaced[ch] = '' if name is None else name.replace('%', '%%')
                out.append(replaced[ch])
            else:
                out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


# ---- ISO 8601 parsing (3.11's fromisoformat) ------------------------------

def _is_ascii_digit(c):
    return c in "0123456789"


def _find_isoformat_datetime_separator(dtstr):
    """Where the date part of an ISO 8601 datetime string ends."""
    n = len(dtstr)
    if n == 7:
        return 7
    if dtstr[4] == '-':
        if dtstr[5] != 'W':
            return 10                          # YYYY-MM-DD
        if n < 8:
            raise ValueError("Invalid ISO string")
        if n > 8 and dtstr[8] == '-':          # YYYY-Www-D
            if n == 9:
                raise ValueError("Invalid ISO string")
            if n > 10 and _is_ascii_digit(dtstr[10]):
                return 8
            return 10
        return 8                               # YYYY-Www
    if dtstr[4] == 'W':                        # YYYYWww or YYYYWwwD
        idx = 7
        while idx < n and _is_ascii_digit(dtstr[idx]):
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8                                   # YYYYMMDD


def _parse_isoformat_date(dtstr):
    """[year, month, day] of a 7, 8 or 10 character ISO date."""
    year = int(dtstr[0:4])
    has_sep = dtstr[4] == '-'
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == "W":
        pos += 1
        weekno = int(dtstr[pos:pos + 2])
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == '-') != has_sep:
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            dayno = int(dtstr[pos:pos + 1])
        return list(_isoweek_to_gregorian(year, weekno, dayno))
    month = int(dtstr[pos:pos + 2])
    pos += 2
    if (dtstr[pos:pos + 1] == "-") != has_sep:
        raise ValueError("Inconsistent use of dash separator")
    pos += has_sep
    day = int(dtstr[pos:pos + 2])
    return [year, month, day]


def _parse_hh_mm_ss_ff(tstr):
    """[hh, mm, ss, us] of HH[:?MM[:?SS[{.,}fff[fff]]]]."""
    n = len(tstr)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(3):
        if n - pos < 2:
            raise ValueError("Incomplete time component")
        comps[comp] = int(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < n:
        if tstr[pos] not in '.,':
            raise ValueError("Invalid microsecond component")
        pos += 1
        remainder = n - pos
        take = min(remainder, 6)
        comps[3] = int(tstr[pos:pos + take])
        if take < 6:
            comps[3] *= 10 ** (6 - take)
        if remainder > take and not all(map(_is_ascii_digit, tstr[pos + take:])):
            raise ValueError("Non-digit values in unparsed fraction")
    return comps


def _parse_isoformat_time(tstr):
    """[hh, mm, ss, us, tzinfo] of a time with an optional UTC offset."""
    n = len(tstr)
    if n < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = tstr.find('-') + 1 or tstr.find('+') + 1 or tstr.find('Z') + 1
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == n and tstr[-1] == 'Z':
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = timezone.utc
        else:
            sign = -1 if tstr[tz_pos - 1] == '-' else 1
            tzi = timezone(sign * timedelta(hours=tz_comps[0], minutes=tz_comps[1],
                                            seconds=tz_comps[2],
                                            microseconds=tz_comps[3]))
    comps.append(tzi)
    return comps


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # 53 weeks: years starting on a Thursday, leap years on a Wednesday
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    return _ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + (day - 1))


def _isoweek1monday(year):
    """Ordinal of the Monday of ISO week 1 of year."""
    first_day = _ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1monday = first_day - first_weekday
    if first_weekday > 3:                      # after Thursday
        week1monday += 7
    return week1monday


# ---- timedelta --------------------------------------------------------------

class timedelta:
    """A duration: days, seconds and microseconds (normalised so that
    0 <= seconds < 86400 and 0 <= microseconds < 1000000)."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # The arithmetic of Lib/datetime.py, step by step, so that float
        # arguments round (and bad ones fail) the same way.
        days += weeks * 7
        seconds += minutes * 60 + hours * 3600
        microseconds += milliseconds * 1000
        if isinstance(days, float):
            dayfrac, days = _modf(days)
            day_seconds_frac, day_seconds_whole = _modf(dayfrac * (24. * 3600.))
            s = int(day_seconds_whole)
            d = int(days)
        else:
            day_seconds_frac = 0.0
            s = 0
            d = days
        if isinstance(seconds, float):
            seconds_frac, seconds = _modf(seconds)
            seconds = int(seconds)
            seconds_frac += day_seconds_frac
        else:
            seconds_frac = day_seconds_frac
        extra_days, seconds = divmod(seconds, 24 * 3600)
        d += extra_days
        s += int(seconds)
        us_double = seconds_frac * 1e6
        if isinstance(microseconds, float):
            microseconds = round(microseconds + us_double)
            extra_s, microseconds = divmod(microseconds, 1000000)
            extra_days, extra_s = divmod(extra_s, 24 * 3600)
            d += extra_days
            s += extra_s
        else:
            microseconds = int(microseconds)
            extra_s, microseconds = divmod(microseconds, 1000000)
            extra_days, extra_s = divmod(extra_s, 24 * 3600)
            d += extra_days
            s += extra_s
            microseconds = round(microseconds + us_double)
        extra_s, us = divmod(microseconds, 1000000)
        s += extra_s
        extra_days, s = divmod(s, 24 * 3600)
        d += extra_days
        if abs(d) > 999999999:
            raise OverflowError("timedelta # of days is too large: %d" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return ((self.days * 86400 + self.seconds) * 10 ** 6 +
                self.microseconds) / 10 ** 6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days, self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days, self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(self._days * other, self._seconds * other,
                             self._microseconds * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def _to_microseconds(self):
        return (self._days * (24 * 3600) + self._seconds) * 1000000 + self._microseconds

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta(0, 0, usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, _divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta(0, 0, _divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta(0, 0, r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def _cmp(self, other):
        return _cmp(self._getstate(), other._getstate())

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- date -----------------------------------------------------------------

class date:
    """A date (year, month, day) of the proleptic Gregorian calendar."""

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- constructors --

    @classmethod
    def fromtimestamp(cls, t):
        """The local date (UTC here) of a POSIX timestamp."""
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current date (the virtual clock's)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of proleptic Gregorian ordinal n (0001-01-01 is 1)."""
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """A date from YYYY-MM-DD (or another ISO 8601 form)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except Exception:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """A date from ISO year, week number and weekday."""
        return cls(*_isoweek_to_gregorian(year, week, day))

    # -- conversions to string --

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (type(self).__module__, type(self).__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Format using strftime()."""
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    # -- fields --

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """A time.struct_time, as time.localtime() gives."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A date with some fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # -- comparisons --

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def __eq__(self, other):
        if isinstance(other, date):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            yhi, ylo = divmod(self._year, 256)
            self._hashcode = hash((_hash_key([yhi, ylo, self._month, self._day]),))
        return self._hashcode

    # -- arithmetic --

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Monday is 0 and Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1 and Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple."""
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52 and today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'{type(self).__name__}(year={self[0]}, '
                f'week={self[1]}, weekday={self[2]})')


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate
_date_class = date

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo -----------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent "
                                 "results; cannot convert")
        return dt + dtdst


_tzinfo_class = tzinfo


# ---- time -------------------------------------------------------------------

class time:
    """A time of day: hour, minute, second, microsecond, tzinfo, fold."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("cannot compare naive and aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                us2, us3 = divmod(t._microsecond, 256)
                us1, us2 = divmod(us2, 256)
                self._hashcode = hash(_hash_key([t._hour, t._minute, t._second,
                                                 us1, us2, us3]))
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second, self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second, self.microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s.%s(%d, %d%s)' % (type(self).__module__, type(self).__qualname__,
                                 self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """HH:MM:SS[.ffffff][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """A time from HH:MM[:SS[.ffffff]][+HH:MM] (ISO 8601)."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        time_string = time_string.removeprefix('T')
        try:
            return cls(*_parse_isoformat_time(time_string))
        except Exception:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')

    def strftime(self, fmt):
        """Format using strftime(); the date is 1900-01-01."""
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A time with some fields changed."""
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_time_class = time

time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ---------------------------------------------------------------

class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- constructors --

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result             # local time is UTC: no folds to look for

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """A datetime of a POSIX timestamp (local time: UTC here), or in
        time zone tz."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """A naive datetime in UTC of a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current date and time (the virtual clock's), in tz if given."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time."""
        if not isinstance(date, _date_class):
            raise TypeError("date argument must be a date instance")
        if not isinstance(time, _time_class):
            raise TypeError("time argument must be a time instance")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """A datetime from an ISO 8601 string (date, optional time and offset)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            separator = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[0:separator]
            tstr = date_string[separator + 1:]
            date_components = _parse_isoformat_date(dstr)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        if tstr:
            try:
                time_components = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        else:
            time_components = [0, 0, 0, 0, None]
        return cls(*(date_components + time_components))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string."""
        return _strptime(cls, date_string, format)

    # -- conversions --

    def timetuple(self):
        """A time.struct_time, as time.localtime() gives."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day,
                                  self.hour, self.minute, self.second, dst)

    def _mktime(self):
        """Seconds since the epoch of this local (UTC) time."""
        return (self - datetime(1970, 1, 1)) // timedelta(0, 1)

    def timestamp(self):
        """POSIX timestamp (a naive datetime is local time: UTC here)."""
        if self._tzinfo is None:
            return self._mktime() + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """A time.struct_time of the UTC time."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self.year, self.month, self.day,
                                  self.hour, self.minute, self.second, 0)

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        """The time part, with the same tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond,
                    self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """A datetime with some fields changed."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        """The local time zone (UTC, named as time.localtime names it)."""
        if self.tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        return timezone(timedelta(seconds=localtm.tm_gmtoff), localtm.tm_zone)

    def astimezone(self, tz=None):
        """The same moment in time zone tz (None: local time, UTC here)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """'Wed Jan  1 00:00:00 2020'."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]."""
        s = ('%04d-%02d-%02d%c' % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec))
        tz = _format_offset(self.utcoffset())
        if tz:
            s += tz
        return s

    def __repr__(self):
        fields = [self._year, self._month, self._day,
                  self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                           ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    # -- comparisons --

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def _order(self, other):
        """_cmp with another datetime; None (NotImplemented) for a
        non-date; TypeError for a date."""
        if isinstance(other, datetime):
            return self._cmp(other)
        if not isinstance(other, date):
            return None
        _cmperror(self, other)

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:       # an offset that depends on fold: never equal
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("cannot compare naive and aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                yhi, ylo = divmod(t._year, 256)
                us2, us3 = divmod(t._microsecond, 256)
                us1, us2 = divmod(us2, 256)
                self._hashcode = hash(_hash_key([yhi, ylo, t._month, t._day, t._hour,
                                                 t._minute, t._second, us1, us2, us3]))
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    # -- arithmetic --

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second, delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError("result out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("cannot mix naive and timezone-aware time")
        return base + otoff - myoff

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- timezone ---------------------------------------------------------------

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta "
                             "strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24).")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (type(self).__module__, type(self).__qualname__,
                                  self._offset)
        return '%s.%s(%r, %r)' % (type(self).__module__, type(self).__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return (f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
                    f'.{microseconds:06d}')
        if seconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
        return f'UTC{sign}{hours:02d}:{minutes:02d}'


UTC = timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---- strptime ---------------------------------------------------------------

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
    return _build_struct_time(dt.year, dt.month, dt.day, dt.hour, dt.minute,
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
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + fields['j'] - 1)
    tz = None
    if 'z' in fields:
        delta = timedelta(seconds=fields['z'][0], microseconds=fields['z'][1])
        tz = timezone(delta, fields['Z']) if fields.get('Z') else timezone(delta)
    return cls(year, month, day, hour, fields.get('M', 0), fields.get('S', 0),
               fields.get('f', 0), tz)
