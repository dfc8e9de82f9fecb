/* timemod.c - the time module on the virtual clock (loop/clock.c).
 *
 * time(), monotonic(), perf_counter() read the one virtual clock, which
 * starts at 0.0 and moves only when the program waits; sleep(s) moves it.
 * The wall clock is that same clock read as seconds since the Unix epoch,
 * in UTC (the oracle runs CPython with TZ=UTC): localtime(), gmtime(),
 * ctime(), asctime() and strftime(fmt) without a time start at
 * 1970-01-01 00:00:00.  struct_time, and strftime with the directives,
 * flags and widths of glibc in the C locale (which CPython on Linux
 * calls), so the output does not depend on the host's C library;
 * strptime is the datetime module's.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "loop/loop.h"
#include "modules/makers.h"
#include "modules/modules.h"
#include "objects/exc.h"
#include "objects/types.h"

#define UNUSED_ARGS (void)self; (void)kw

/* A broken-down time, as C's struct tm: mon 0-11, wday 0 = Sunday,
 * yday 0-365. */
typedef struct Tm {
    int64_t year;
    int mon, mday, hour, min, sec, wday, yday, isdst;
    Obj *zone;                   /* tm_zone (borrowed str) or NULL */
    int64_t gmtoff;
} Tm;

static const char *const wday_abbr[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const wday_full[] = { "Sunday", "Monday", "Tuesday", "Wednesday",
                                         "Thursday", "Friday", "Saturday" };
static const char *const mon_abbr[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                        "Aug", "Sep", "Oct", "Nov", "Dec" };
static const char *const mon_full[] = { "January", "February", "March", "April", "May",
                                        "June", "July", "August", "September", "October",
                                        "November", "December" };

static int64_t floordiv(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }
static int64_t floormod(int64_t a, int64_t b) { return a - floordiv(a, b) * b; }

static bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

/* Days since 1970-01-01 of y-m-d (m 1..12), proleptic Gregorian. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = floordiv(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Seconds since the epoch -> broken-down UTC time. */
static void tm_from_seconds(int64_t t, Tm *tm)
{
    int64_t days = floordiv(t, 86400), rem = t - days * 86400;
    int64_t z = days + 719468, era = floordiv(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1), m = (int)(mp < 10 ? mp + 3 : mp - 9);
    int64_t y = yoe + era * 400 + (m <= 2);
    memset(tm, 0, sizeof *tm);
    tm->year = y;
    tm->mon = m - 1;
    tm->mday = d;
    tm->hour = (int)(rem / 3600);
    tm->min = (int)(rem / 60 % 60);
    tm->sec = (int)(rem % 60);
    tm->wday = (int)floormod(days + 4, 7);
    tm->yday = (int)(days - days_from_civil(y, 1, 1));
}

/* C's timegm/mktime in UTC: fields may be out of range (normalised). */
static int64_t tm_to_seconds(const Tm *tm)
{
    int64_t y = tm->year + floordiv(tm->mon, 12);
    int m = (int)floormod(tm->mon, 12) + 1;
    int64_t days = days_from_civil(y, m, 1) + tm->mday - 1;
    return days * 86400 + (int64_t)tm->hour * 3600 + (int64_t)tm->min * 60 + tm->sec;
}

/* ---- struct_time ---- */

#define F(name, i) { name, structseq_field, structseq_readonly, (void *)(uintptr_t)(i) }
static const GetSetDef struct_time_fields[] = {
    F("tm_year", 0), F("tm_mon", 1), F("tm_mday", 2), F("tm_hour", 3), F("tm_min", 4),
    F("tm_sec", 5), F("tm_wday", 6), F("tm_yday", 7), F("tm_isdst", 8), F("tm_zone", 9),
    F("tm_gmtoff", 10),
    { NULL, NULL, NULL, NULL },
};
#undef F

static Obj *struct_time_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw);

static TypeObj StructTime_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "time.struct_time", .base = &Tuple_Type,
    .basicsize = sizeof(TupleObj), .dealloc = structseq_dealloc, .repr = structseq_repr,
    .tp_new = struct_time_tp_new, .getset = struct_time_fields,
};

/* time.struct_time(sequence): 9 to 11 items. */
static Obj *struct_time_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t;
    static const char *const names[] = { "sequence", "dict" };
    Obj *v[2] = { NULL, NULL };
    if (args_parse("struct_time", a, n, kw, names, 2, 2, 1, v) < 0)
        return NULL;
    if (!v[0]->type->iter && !v[0]->type->getitem)
        return err_set(Exc_TypeError, "constructor requires a sequence");
    Obj *items = tuple_from_iter(v[0]);
    if (!items)
        return NULL;
    size_t len = TUPLE_SIZE(items);
    Obj *r = NULL;
    if (len < 9)
        err_format(Exc_TypeError, "time.struct_time() takes an at least 9-sequence "
                   "(%zu-sequence given)", len);
    else if (len > 11)
        err_format(Exc_TypeError, "time.struct_time() takes an at most 11-sequence "
                   "(%zu-sequence given)", len);
    else {
        Obj *all[11] = { NULL };
        for (size_t i = 0; i < len; i++)
            all[i] = TUPLE_ITEM(items, i);
        r = structseq_new(&StructTime_Type, all, 9);
    }
    DECREF(items);
    return r;
}

static Obj *struct_time_from_tm(const Tm *tm)
{
    Obj *all[11] = {
        int_from_i64(tm->year), int_from_i64(tm->mon + 1), int_from_i64(tm->mday),
        int_from_i64(tm->hour), int_from_i64(tm->min), int_from_i64(tm->sec),
        int_from_i64((tm->wday + 6) % 7), int_from_i64(tm->yday + 1), int_from_i64(tm->isdst),
        tm->zone ? NEWREF(tm->zone) : none_new(), int_from_i64(tm->gmtoff),
    };
    Obj *r = NULL;
    bool ok = true;
    for (size_t i = 0; i < 11; i++)
        ok = ok && all[i];
    if (ok)
        r = structseq_new(&StructTime_Type, all, 9);
    for (size_t i = 0; i < 11; i++)
        XDECREF(all[i]);
    return r;
}

/* ---- arguments ---- */

/* The seconds argument of gmtime/localtime/ctime (None: now), floored. */
static int seconds_arg(Obj *o, int64_t *out)
{
    bool now = !o || o == obj_none;
    if (now || FLOAT_CHECK(o)) {
        double d = now ? clock_now() : float_as_double(o);
        if (isnan(d))
            return err_format_int(Exc_ValueError, "Invalid value NaN (not a number)");
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18))
            return err_format_int(Exc_OverflowError, "timestamp out of range for platform "
                                  "time_t");
        *out = (int64_t)d;
        return 0;
    }
    if (obj_as_int64(o, out) < 0) {
        if (err_matches(Exc_OverflowError)) {
            err_clear();
            return err_format_int(Exc_OverflowError, "timestamp out of range for platform "
                                  "time_t");
        }
        return -1;
    }
    return 0;
}

/* A year C's struct tm can hold (int tm_year), as glibc's gmtime_r. */
static int check_year_range(int64_t t)
{
    if (t > 67767976233316800LL || t < -67768040609740800LL) {
        Obj *args[2] = { int_from_i64(75), str_from_cstr("Value too large for defined data type") };
        Obj *e = args[0] && args[1] ? exc_new(Exc_OSError, args, 2) : NULL;
        XDECREF(args[0]);
        XDECREF(args[1]);
        if (e)
            err_set_exc(e);
        return -1;
    }
    return 0;
}

/* The wall clock now, or secs, as a broken-down time in UTC; zone
 * "UTC" (localtime) or "GMT" (gmtime), as glibc with TZ=UTC. */
static int tm_at(Obj *secs, Tm *tm, bool gmt)
{
    static Obj *names[2];                 /* immortal once made */
    int64_t t;
    if (seconds_arg(secs, &t) < 0 || check_year_range(t) < 0)
        return -1;
    tm_from_seconds(t, tm);
    if (!names[gmt]) {
        if (!(names[gmt] = str_from_cstr(gmt ? "GMT" : "UTC")))
            return -1;
        names[gmt]->refcnt = OBJ_IMMORTAL;
    }
    tm->zone = names[gmt];
    return 0;
}

/* A time tuple (tuple or struct_time of 9 items) -> Tm (CPython's
 * gettmarg); wday becomes C's (Sunday 0). */
static int tm_from_tuple(Obj *o, Tm *tm, const char *illegal)
{
    if (!TUPLE_CHECK(o))
        return err_format_int(Exc_TypeError, "Tuple or struct_time argument required");
    if (TUPLE_SIZE(o) != 9)
        return err_format_int(Exc_TypeError, "%s", illegal);
    int64_t v[9];
    for (size_t i = 0; i < 9; i++) {
        if (obj_as_int64(TUPLE_ITEM(o, i), &v[i]) < 0)
            return -1;
        if (i && (v[i] > INT32_MAX || v[i] < INT32_MIN))
            return err_format_int(Exc_OverflowError, "Python int too large to convert to C int");
    }
    memset(tm, 0, sizeof *tm);
    tm->year = v[0];
    tm->mon = (int)v[1] - 1;
    tm->mday = (int)v[2];
    tm->hour = (int)v[3];
    tm->min = (int)v[4];
    tm->sec = (int)v[5];
    tm->wday = (int)((v[6] + 1) % 7);
    tm->yday = (int)v[7] - 1;
    tm->isdst = (int)v[8];
    if (o->type == &StructTime_Type) {
        Obj *zone = ((TupleObj *)o)->items[9], *off = ((TupleObj *)o)->items[10];
        if (zone != obj_none && STR_CHECK(zone))
            tm->zone = zone;
        if (off != obj_none && obj_as_int64(off, &tm->gmtoff) < 0)
            return -1;
    }
    return 0;
}

/* asctime()'s checks (CPython's checktm). */
static int check_tm(const Tm *tm)
{
    const char *bad = tm->mon < 0 || tm->mon > 11 ? "month out of range"
                    : tm->mday < 1 || tm->mday > 31 ? "day of month out of range"
                    : tm->hour < 0 || tm->hour > 23 ? "hour out of range"
                    : tm->min < 0 || tm->min > 59 ? "minute out of range"
                    : tm->sec < 0 || tm->sec > 61 ? "seconds out of range"
                    : tm->wday < 0 ? "day of week out of range"
                    : tm->yday < 0 || tm->yday > 365 ? "day of year out of range" : NULL;
    return bad ? err_format_int(Exc_ValueError, "%s", bad) : 0;
}

/* strftime()'s checks: zeros stand for the first month, day, day of
 * the year; isdst is clamped to -1..1. */
static int check_tm_strftime(Tm *tm)
{
    if (tm->mon == -1)
        tm->mon = 0;
    else if (tm->mon < 0 || tm->mon > 11)
        return err_format_int(Exc_ValueError, "month out of range");
    if (tm->mday == 0)
        tm->mday = 1;
    else if (tm->mday < 0 || tm->mday > 31)
        return err_format_int(Exc_ValueError, "day of month out of range");
    if (tm->hour < 0 || tm->hour > 23)
        return err_format_int(Exc_ValueError, "hour out of range");
    if (tm->min < 0 || tm->min > 59)
        return err_format_int(Exc_ValueError, "minute out of range");
    if (tm->sec < 0 || tm->sec > 61)
        return err_format_int(Exc_ValueError, "seconds out of range");
    if (tm->wday < 0)
        return err_format_int(Exc_ValueError, "day of week out of range");
    if (tm->yday == -1)
        tm->yday = 0;
    else if (tm->yday < 0 || tm->yday > 365)
        return err_format_int(Exc_ValueError, "day of year out of range");
    tm->isdst = tm->isdst < -1 ? -1 : tm->isdst > 1 ? 1 : tm->isdst;
    return 0;
}

/* ---- strftime (glibc's, C locale) ---- */

/* ISO 8601 week-based year: days from the start of the ISO year of
 * yday/wday (glibc's iso_week_days). */
static int iso_week_days(int yday, int wday)
{
    int big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    return yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 3;
}

/* Appends s padded to width (pad ' ' or '0'), changing case if asked. */
static void put_text(StrBuf *b, const char *s, int width, char pad, int upcase)
{
    int n = (int)strlen(s);
    for (int i = n; i < width; i++)
        sb_addc(b, pad == '0' ? '0' : ' ');
    for (int i = 0; i < n; i++) {
        char c = s[i];
        if (upcase > 0 && c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        else if (upcase < 0 && c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        sb_addc(b, c);
    }
}

/* Appends v with `digits` digits by default, the flag's padding ('-'
 * none, '_' spaces, '0' zeros; dflt_pad when no flag) and width. */
static void put_num(StrBuf *b, int64_t v, int digits, char flag, int width, char dflt_pad)
{
    char num[32];
    bool neg = v < 0;
    snprintf(num, sizeof num, "%llu", (unsigned long long)(neg ? -(uint64_t)v : (uint64_t)v));
    int len = (int)strlen(num) + neg;
    int w = width >= 0 ? width : flag == '-' ? 0 : digits;
    char pad = flag == '_' ? ' ' : flag == '0' ? '0' : flag == '-' ? (width >= 0 ? ' ' : 0)
             : dflt_pad;
    if (pad == ' ') {
        for (int i = len; i < w; i++)
            sb_addc(b, ' ');
        if (neg)
            sb_addc(b, '-');
    } else {
        if (neg)
            sb_addc(b, '-');
        for (int i = len; pad && i < w; i++)
            sb_addc(b, '0');
    }
    sb_adds(b, num);
}

static void format_tm(StrBuf *b, const char *f, size_t n, const Tm *tm);

/* A directive made of others (%c, %D, %T, ...), padded as text. */
static void put_sub(StrBuf *b, const char *fmt, const Tm *tm, int width, char flag, int upcase)
{
    StrBuf sub;
    sb_init(&sub);
    format_tm(&sub, fmt, strlen(fmt), tm);
    sb_addc(&sub, 0);
    put_text(b, sub.data ? sub.data : "", width, flag == '0' ? '0' : ' ', upcase);
    sb_free(&sub);
}

static void format_tm(StrBuf *b, const char *f, size_t n, const Tm *tm)
{
    int64_t year = tm->year;
    int hour12 = tm->hour % 12 == 0 ? 12 : tm->hour % 12;
    for (size_t i = 0; i < n; i++) {
        if (f[i] != '%') {
            sb_addc(b, f[i]);
            continue;
        }
        size_t start = i++;
        char flag = 0;
        int upcase = 0, width = -1;
        for (; i < n; i++) {                  /* flags */
            if (f[i] == '_' || f[i] == '-' || f[i] == '0')
                flag = f[i];
            else if (f[i] == '^')
                upcase = 1;
            else if (f[i] == '#')
                upcase = upcase ? upcase : 2;  /* swap case: per directive */
            else
                break;
        }
        if (i < n && f[i] >= '1' && f[i] <= '9') {
            width = 0;
            while (i < n && f[i] >= '0' && f[i] <= '9' && width < 100000)
                width = width * 10 + (f[i++] - '0');
        }
        if (i < n && (f[i] == 'E' || f[i] == 'O'))   /* locale modifiers: none in C */
            if (i + 1 < n && strchr("cCxXyYdeHImMSuUVwWyzG", f[i + 1]))
                i++;
        if (i >= n) {                          /* a lone '%' at the end */
            sb_add(b, f + start, n - start);
            break;
        }
        int up_name = upcase == 2 ? 1 : upcase;      /* '#' upper-cases names */
        switch (f[i]) {
        case '%': put_text(b, "%", width, flag, 0); break;
        case 'n': put_text(b, "\n", width, flag, 0); break;
        case 't': put_text(b, "\t", width, flag, 0); break;
        case 'a': put_text(b, wday_abbr[tm->wday % 7], width, flag, up_name); break;
        case 'A': put_text(b, wday_full[tm->wday % 7], width, flag, up_name); break;
        case 'b': case 'h': put_text(b, mon_abbr[tm->mon % 12], width, flag, up_name); break;
        case 'B': put_text(b, mon_full[tm->mon % 12], width, flag, up_name); break;
        case 'p': put_text(b, tm->hour >= 12 ? "PM" : "AM", width, flag, upcase == 2 ? -1 : upcase); break;
        case 'P': put_text(b, tm->hour >= 12 ? "pm" : "am", width, flag, upcase == 1 ? 1 : 0); break;
        case 'Z': {
            const char *z = tm->zone ? STR_DATA(tm->zone) : tm->isdst < 0 ? "" : "UTC";
            put_text(b, z, width, flag, upcase == 2 ? -1 : upcase);
            break;
        }
        case 'c': put_sub(b, "%a %b %e %H:%M:%S %Y", tm, width, flag, upcase ? 1 : 0); break;
        case 'D': case 'x': put_sub(b, "%m/%d/%y", tm, width, flag, 0); break;
        case 'F': put_sub(b, "%Y-%m-%d", tm, width, flag, 0); break;
        case 'r': put_sub(b, "%I:%M:%S %p", tm, width, flag, upcase ? 1 : 0); break;
        case 'R': put_sub(b, "%H:%M", tm, width, flag, 0); break;
        case 'T': case 'X': put_sub(b, "%H:%M:%S", tm, width, flag, 0); break;
        case 'C': put_num(b, floordiv(year, 100), 0, flag, width, '0'); break;
        case 'y': put_num(b, floormod(year, 100), 2, flag, width, '0'); break;
        case 'Y': put_num(b, year, 0, flag, width, '0'); break;
        case 'd': put_num(b, tm->mday, 2, flag, width, '0'); break;
        case 'e': put_num(b, tm->mday, 2, flag, width, ' '); break;
        case 'H': put_num(b, tm->hour, 2, flag, width, '0'); break;
        case 'k': put_num(b, tm->hour, 2, flag, width, ' '); break;
        case 'I': put_num(b, hour12, 2, flag, width, '0'); break;
        case 'l': put_num(b, hour12, 2, flag, width, ' '); break;
        case 'j': put_num(b, tm->yday + 1, 3, flag, width, '0'); break;
        case 'm': put_num(b, tm->mon + 1, 2, flag, width, '0'); break;
        case 'M': put_num(b, tm->min, 2, flag, width, '0'); break;
        case 'S': put_num(b, tm->sec, 2, flag, width, '0'); break;
        case 's': put_num(b, tm_to_seconds(tm), 0, flag, width, '0'); break;
        case 'u': put_num(b, (tm->wday + 6) % 7 + 1, 1, flag, width, '0'); break;
        case 'w': put_num(b, tm->wday, 1, flag, width, '0'); break;
        case 'U': put_num(b, (tm->yday - tm->wday + 7) / 7, 2, flag, width, '0'); break;
        case 'W': put_num(b, (tm->yday - (tm->wday - 1 + 7) % 7 + 7) / 7, 2, flag, width, '0'); break;
        case 'G': case 'g': case 'V': {
            int64_t y = year;
            int days = iso_week_days(tm->yday, tm->wday);
            if (days < 0) {                     /* in the last week of the year before */
                y--;
                days = iso_week_days(tm->yday + (is_leap(y) ? 366 : 365), tm->wday);
            } else {
                int d = iso_week_days(tm->yday - (is_leap(y) ? 366 : 365), tm->wday);
                if (d >= 0) {                   /* in the first week of the next year */
                    y++;
                    days = d;
                }
            }
            if (f[i] == 'G')
                put_num(b, y, 0, flag, width, '0');
            else if (f[i] == 'g')
                put_num(b, floormod(y, 100), 2, flag, width, '0');
            else
                put_num(b, days / 7 + 1, 2, flag, width, '0');
            break;
        }
        case 'z': {
            if (tm->isdst < 0)
                break;
            int64_t off = tm->gmtoff, a = off < 0 ? -off : off;
            sb_addc(b, off < 0 ? '-' : '+');
            put_num(b, a / 3600 * 100 + a / 60 % 60, 4, flag == '-' ? 0 : flag,
                    width > 0 ? width - 1 : -1, '0');
            break;
        }
        default:                                 /* unknown: copied as it is */
            sb_add(b, f + start, i + 1 - start);
        }
    }
}

/* ---- functions ---- */

/* Binds the arguments of a wall-clock function as the oracle's Python
 * wrappers of time's functions take them (def localtime(secs=None),
 * def strftime(format, t=None), def sleep(secs), def time()), with
 * Python's messages for a wrong call.  out[i] NULL when omitted.  0/-1. */
static int py_args(const char *fname, Obj *const *a, size_t n, Obj *kw,
                   const char *const *names, size_t nparams, size_t nreq, Obj **out)
{
    for (size_t i = 0; i < nparams; i++)
        out[i] = i < n ? a[i] : NULL;
    if (n > nparams) {
        if (nparams == nreq)
            return err_format_int(Exc_TypeError, "%s() takes %zu positional argument%s but "
                                  "%zu %s given", fname, nparams, nparams == 1 ? "" : "s", n,
                                  n == 1 ? "was" : "were");
        return err_format_int(Exc_TypeError, "%s() takes from %zu to %zu positional "
                              "arguments but %zu were given", fname, nreq, nparams, n);
    }
    for (size_t j = 0; j < kwnames_len(kw); j++) {
        Obj *k = TUPLE_ITEM(kw, j);
        size_t i = 0;
        while (i < nparams && !str_eq_cstr(k, names[i]))
            i++;
        if (i == nparams)
            return err_format_int(Exc_TypeError, "%s() got an unexpected keyword argument "
                                  "'%S'", fname, k);
        if (out[i])
            return err_format_int(Exc_TypeError, "%s() got multiple values for argument "
                                  "'%s'", fname, names[i]);
        out[i] = a[n + j];
    }
    for (size_t i = 0; i < nreq; i++)
        if (!out[i])
            return err_format_int(Exc_TypeError, "%s() missing 1 required positional "
                                  "argument: '%s'", fname, names[i]);
    return 0;
}

static const char *const secs_name[] = { "secs" };
static const char *const t_name[] = { "t" };
static const char *const strftime_names[] = { "format", "t" };

/* time(), monotonic(), perf_counter() and their _ns forms; the oracle
 * wraps exactly these in Python functions of no arguments. */
#define CLOCK_FN(cname, pyname, ns) \
    static Obj *cname(Obj *self, Obj *const *a, size_t n, Obj *kw) \
    { \
        (void)self; \
        if ((n || kwnames_len(kw)) && py_args(pyname, a, n, kw, NULL, 0, 0, NULL) < 0) \
            return NULL; \
        return ns ? int_from_double(round(clock_now() * 1e9)) : float_from_double(clock_now()); \
    }
CLOCK_FN(time_time, "time", false)
CLOCK_FN(time_monotonic, "monotonic", false)
CLOCK_FN(time_perf_counter, "perf_counter", false)
CLOCK_FN(time_time_ns, "time_ns", true)
CLOCK_FN(time_monotonic_ns, "monotonic_ns", true)
CLOCK_FN(time_perf_counter_ns, "perf_counter_ns", true)
#undef CLOCK_FN

/* process_time(), thread_time(): CPython's own (no oracle wrapper). */
static Obj *time_cpu(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return float_from_double(clock_now());
}

static Obj *time_cpu_ns(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return int_from_double(round(clock_now() * 1e9));
}

static Obj *time_sleep(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *secs;
    if (py_args("sleep", a, n, kw, secs_name, 1, 1, &secs) < 0)
        return NULL;
    if (STR_CHECK(secs) || !(secs->type->nb_float || INT_CHECK(secs) || FLOAT_CHECK(secs) ||
                             type_lookup(secs->type, ID(__float__))))
        return err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          secs->type->name);
    double s;
    if (obj_as_double(secs, &s) < 0)
        return NULL;
    if (isnan(s))
        return err_set(Exc_ValueError, "Invalid value NaN (not a number)");
    if (s < 0)
        return err_set(Exc_ValueError, "sleep length must be non-negative");
    clock_advance(s);
    return none_new();
}

static Obj *time_gmtime(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Tm tm;
    Obj *secs;
    if (py_args("gmtime", a, n, kw, secs_name, 1, 0, &secs) < 0 || tm_at(secs, &tm, true) < 0)
        return NULL;
    return struct_time_from_tm(&tm);
}

static Obj *time_localtime(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Tm tm;
    Obj *secs;
    if (py_args("localtime", a, n, kw, secs_name, 1, 0, &secs) < 0 ||
        tm_at(secs, &tm, false) < 0)
        return NULL;
    return struct_time_from_tm(&tm);
}

/* "Thu Jan  1 00:00:00 1970" (CPython's _asctime). */
static Obj *asctime_of(const Tm *tm)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wday_abbr[tm->wday % 7],
             mon_abbr[tm->mon % 12], tm->mday, tm->hour, tm->min, tm->sec, (long long)tm->year);
    return str_from_cstr(buf);
}

static Obj *time_asctime(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Tm tm;
    Obj *t;
    if (py_args("asctime", a, n, kw, t_name, 1, 0, &t) < 0)
        return NULL;
    if (t && t != obj_none) {
        if (tm_from_tuple(t, &tm, "asctime(): illegal time tuple argument") < 0 ||
            check_tm(&tm) < 0)
            return NULL;
    } else if (tm_at(NULL, &tm, false) < 0) {
        return NULL;
    }
    return asctime_of(&tm);
}

static Obj *time_ctime(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Tm tm;
    Obj *secs;
    if (py_args("ctime", a, n, kw, secs_name, 1, 0, &secs) < 0 || tm_at(secs, &tm, false) < 0)
        return NULL;
    return asctime_of(&tm);
}

static Obj *time_mktime(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    Tm tm;
    if (tm_from_tuple(a[0], &tm, "mktime(): illegal time tuple argument") < 0)
        return NULL;
    int64_t t = tm_to_seconds(&tm);
    if (check_year_range(t) < 0) {
        err_clear();
        return err_set(Exc_OverflowError, "mktime argument out of range");
    }
    return float_from_double((double)t);
}

static Obj *time_strftime(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *v[2];
    if (py_args("strftime", a, n, kw, strftime_names, 2, 1, v) < 0)
        return NULL;
    if (!STR_CHECK(v[0]))
        return err_format(Exc_TypeError, "strftime() argument 1 must be str, not %s",
                          v[0]->type->name);
    Tm tm;
    if (v[1] && v[1] != obj_none) {
        if (tm_from_tuple(v[1], &tm, "strftime(): illegal time tuple argument") < 0 ||
            check_tm_strftime(&tm) < 0)
            return NULL;
    } else if (tm_at(NULL, &tm, false) < 0) {
        return NULL;
    }
    const char *f = STR_DATA(v[0]);
    size_t len = STR_NBYTES(v[0]);
    if (memchr(f, 0, len))
        return err_set(Exc_ValueError, "embedded null character");
    StrBuf b;
    sb_init(&b);
    format_tm(&b, f, len, &tm);
    return sb_finish(&b);
}

/* strptime(string[, format]): parsed by the datetime module's strptime
 * (CPython's goes through _strptime, which imports datetime too). */
static Obj *time_strptime(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("strptime", n, 1, 2) < 0)
        return NULL;
    Obj *dt = module_import("datetime");
    Obj *fn = dt ? obj_getattr_cstr(dt, "_strptime_time") : NULL;
    Obj *r = fn ? obj_call(fn, a, n, NULL) : NULL;
    XDECREF(dt);
    XDECREF(fn);
    return r;
}

static const MethodDef time_functions[] = {
    { "time", time_time, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "monotonic", time_monotonic, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "perf_counter", time_perf_counter, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "time_ns", time_time_ns, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "monotonic_ns", time_monotonic_ns, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "perf_counter_ns", time_perf_counter_ns, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "process_time", time_cpu, METH_NOARGS, NULL },
    { "thread_time", time_cpu, METH_NOARGS, NULL },
    { "process_time_ns", time_cpu_ns, METH_NOARGS, NULL },
    { "thread_time_ns", time_cpu_ns, METH_NOARGS, NULL },
    { "sleep", time_sleep, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "gmtime", time_gmtime, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "localtime", time_localtime, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "asctime", time_asctime, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "ctime", time_ctime, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "mktime", time_mktime, METH_O, NULL },
    { "strftime", time_strftime, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "strptime", time_strptime, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_time(void)
{
    Obj *m = module_new("time");
    if (!m || structseq_ready(&StructTime_Type, 9) < 0 ||
        module_add_functions(m, time_functions) < 0 ||
        module_add_object(m, "struct_time", (Obj *)&StructTime_Type) < 0)
        goto fail;
    Obj *zero = int_from_i64(0), *utc = str_from_cstr("UTC");
    Obj *names = zero && utc ? tuple_pack(2, utc, utc) : NULL;
    int st = names && module_add_object(m, "timezone", zero) == 0 &&
             module_add_object(m, "altzone", zero) == 0 &&
             module_add_object(m, "daylight", zero) == 0 &&
             module_add_object(m, "tzname", names) == 0 ? 0 : -1;
    XDECREF(zero);
    XDECREF(utc);
    XDECREF(names);
    if (st == 0)
        return m;
fail:
    XDECREF(m);
    return NULL;
}
