# re - regular expressions, for str patterns and subjects.
#
# Written for Coroscope from CPython 3.11's documented behaviour and
# messages.  The pattern compiler and the backtracking matcher are in C
# (_sre, core/modules/sre_*.c); this file is the interface around them:
# the flags, re.error, Pattern and Match, the module functions and their
# cache, replacement templates (sub, Match.expand), split, findall,
# escape, purge, Pattern.scanner and re.Scanner.
# Left out: bytes patterns, the LOCALE flag, \N{...} character names,
# re.DEBUG's dump and re.template.

import sys
import _sre

__all__ = ("match fullmatch search sub subn split findall finditer compile "
           "purge escape error Pattern Match A I L M S X U ASCII IGNORECASE "
           "LOCALE MULTILINE DOTALL VERBOSE UNICODE NOFLAG RegexFlag").split()

__version__ = "2.2.1"

MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = _sre.MAXGROUPS


# ---- flags ----

# (name, value) in the order CPython's RegexFlag defines them, which is the
# order its repr lists them in.
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags of a regular expression: an int whose repr names them."""

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [name for name, bit in _FLAG_NAMES if v & bit]
        return "|".join(names) if names else None

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return int.__repr__(v)
        parts = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec == "":
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


# ---- errors ----

class error(Exception):
    # A bad pattern (or template).  With the pattern and a position, the
    # text names the position, and its line and column in a multi-line
    # pattern; msg, pattern, pos, lineno and colno keep the parts.
    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        text = msg
        if pos is not None and pattern is not None:
            self.lineno = 1 + pattern.count("\n", 0, pos)
            self.colno = pos - pattern.rfind("\n", 0, pos)
            text += " at position %d" % pos
            if "\n" in pattern:
                text += " (line %d, column %d)" % (self.lineno, self.colno)
        super().__init__(text)


# ---- replacement templates (sub, subn, Match.expand) ----

_DIGITS = frozenset("0123456789")
_OCTDIGITS = frozenset("01234567")
_ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TEMPLATE_ESCAPES = {
    "\\a": "\a", "\\b": "\b", "\\f": "\f", "\\n": "\n", "\\r": "\r",
    "\\t": "\t", "\\v": "\v", "\\\\": "\\",
}


class _Tokens:
    # The tokens of a template as CPython's parser reads a pattern: one
    # character, or a backslash and the next; errors at tell() - offset.

    def __init__(self, text):
        self.text = text
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        if i >= len(self.text):
            self.next = None
            return
        c = self.text[i]
        if c == "\\":
            i += 1
            if i >= len(self.text):
                raise error("bad escape (end of pattern)", self.text, len(self.text) - 1)
            c += self.text[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def tell(self):
        return self.index - len(self.next or "")

    def read_name(self, closer, what):
        # The text up to closer (consumed); errors name what was wanted.
        got = ""
        while True:
            c = self.get()
            if c == closer and got:
                return got
            if c == closer:
                raise self.fail("missing %s" % what, 1)
            if c is None:
                if got:
                    raise self.fail("missing %s, unterminated name" % closer, len(got))
                raise self.fail("missing %s" % what)
            got += c

    def fail(self, msg, back=0):
        # re.error at the current place, or `back` characters before it.
        return error(msg, self.text, self.tell() - back)


def _parse_template(template, pattern):
    # A list of str pieces and int group numbers.
    if not isinstance(template, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(template).__name__)
    t = _Tokens(template)
    parts = []
    literal = []

    def addgroup(index, offset):
        if index > pattern.groups:
            raise t.fail("invalid group reference %d" % index, offset)
        if literal:
            parts.append("".join(literal))
            literal.clear()
        parts.append(index)

    while True:
        this = t.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not t.match("<"):
                raise t.fail("missing <")
            name = t.read_name(">", "group name")
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise t.fail("bad character in group name %r" % name, len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise t.fail("invalid group reference %d" % index, len(name) + 1)
            addgroup(index, 1 + len(name))
        elif c == "0":
            if t.next in _OCTDIGITS:
                this += t.get()
                if t.next in _OCTDIGITS:
                    this += t.get()
            literal.append(chr(int(this[1:], 8) & 0xff))
        elif c in _DIGITS:
            isoctal = False
            if t.next in _DIGITS:
                this += t.get()
                if c in _OCTDIGITS and this[2] in _OCTDIGITS and t.next in _OCTDIGITS:
                    this += t.get()
                    isoctal = True
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise t.fail("octal escape value %s outside of range 0-0o377" % this,
                                      len(this))
                    literal.append(chr(value))
            if not isoctal:
                digits = this[1:]
                addgroup(int(digits), len(digits))
        else:
            value = _TEMPLATE_ESCAPES.get(this)
            if value is None:
                if c in _ASCIILETTERS:
                    raise t.fail("bad escape %s" % this, len(this))
                value = this
            literal.append(value)
    if literal:
        parts.append("".join(literal))
    return parts


def _expand(parts, match):
    out = []
    for part in parts:
        if part.__class__ is int:
            out.append(match.group(part) or "")
        else:
            out.append(part)
    return "".join(out)


# ---- Match ----

class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, subject, pos, endpos, regs):
        self.re = pattern
        self.string = subject.string
        self.pos = pos
        self.endpos = endpos
        self._subject = subject
        self._regs = regs

    def __repr__(self):
        r = self._regs
        text = repr(self._subject.text(r[0], r[1]))
        return "<re.Match object; span=(%d, %d), match=%s>" % (r[0], r[1], text[:50])

    @property
    def lastindex(self):
        return self._regs[-1]

    @property
    def lastgroup(self):
        last = self._regs[-1]
        if last is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == last:
                return name
        return None

    @property
    def regs(self):
        r = self._regs
        return tuple((r[2 * i], r[2 * i + 1]) for i in range(len(r) // 2))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._regs[2 * index]
        if start < 0:
            return default
        return self._subject.text(start, self._regs[2 * index + 1])

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._regs[2 * index], self._regs[2 * index + 1])

    def expand(self, template):
        return _expand(self.re._template(template), self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls


# ---- Pattern ----

# The subject of the last call (a str decoded for the matcher), so that a
# loop of p.match(text, pos) over one long text decodes it once.
_last_string = None
_last_subject = None


def _subject(string):
    global _last_string, _last_subject
    if string is _last_string:
        return _last_subject
    subject = _sre.Subject(string)
    _last_string = string
    _last_subject = subject
    return subject


def _bounds(string, pos, endpos):
    n = len(string)
    pos = 0 if pos < 0 else n if pos > n else pos
    endpos = 0 if endpos < 0 else n if endpos > n else endpos
    return pos, endpos


_MATCH, _FULLMATCH, _SEARCH = 0, 1, 2

# CPython's order of the flags in a Pattern's repr.
_REPR_FLAGS = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
    ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
    ("re.ASCII", 256),
)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, prog, pattern):
        self._prog = prog
        self.pattern = pattern
        self.flags = prog.flags
        self.groups = prog.groups
        self.groupindex = prog.groupindex
        self._templates = {}

    def __repr__(self):
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    def _run(self, string, pos, endpos, mode):
        subject = _subject(string)
        regs = self._prog.run(subject, pos, endpos, mode)
        if regs is None:
            return None
        pos, endpos = _bounds(string, pos, endpos)
        return Match(self, subject, pos, endpos, regs)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._run(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._run(string, pos, endpos, _SEARCH)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        subject = _subject(string)
        scan = self._prog.scan(subject, pos, endpos)
        pos, endpos = _bounds(string, pos, endpos)
        return (Match(self, subject, pos, endpos, regs) for regs in scan)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        subject = _subject(string)
        text = subject.text
        groups = self.groups
        result = []
        for r in self._prog.scan(subject, pos, endpos):
            if groups == 0:
                result.append(text(r[0], r[1]))
            elif groups == 1:
                result.append(text(r[2], r[3]) if r[2] >= 0 else "")
            else:
                result.append(tuple(text(r[2 * i], r[2 * i + 1]) if r[2 * i] >= 0 else ""
                                    for i in range(1, groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        subject = _subject(string)
        text = subject.text
        groups = self.groups
        result = []
        last = 0
        n = 0
        for r in self._prog.scan(subject, 0, sys.maxsize):
            if maxsplit and n >= maxsplit:
                break
            result.append(text(last, r[0]))
            for i in range(1, groups + 1):
                result.append(text(r[2 * i], r[2 * i + 1]) if r[2 * i] >= 0 else None)
            n += 1
            last = r[1]
        result.append(text(last, len(string)))
        return result

    def _template(self, template):
        parts = self._templates.get(template)
        if parts is None:
            parts = _parse_template(template, self)
            if len(self._templates) >= _MAXCACHE:
                self._templates.clear()
            self._templates[template] = parts
        return parts

    def _subx(self, repl, string, count):
        if callable(repl):
            filter = repl
            literal = None
        else:
            parts = self._template(repl)
            filter = None
            literal = parts[0] if len(parts) == 1 and parts[0].__class__ is str else None
            if not parts:
                literal = ""
        subject = _subject(string)
        text = subject.text
        scan = self._prog.scan(subject, 0, sys.maxsize)
        pieces = []
        last = 0
        n = 0
        end = len(string)
        for r in scan:
            if count and n >= count:
                break
            if last < r[0]:
                pieces.append(text(last, r[0]))
            if filter is not None:
                item = filter(Match(self, subject, 0, end, r))
                if item is not None:
                    pieces.append(item)
            elif literal is not None:
                pieces.append(literal)
            else:
                pieces.append(_expand(parts, Match(self, subject, 0, end, r)))
            last = r[1]
            n += 1
        if last < end:
            pieces.append(text(last, end))
        if n == 0:
            return string, 0
        return "".join(pieces), n

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return _PatternScanner(self, string, pos, endpos)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)


class _PatternScanner:
    # Pattern.scanner(): match() and search() go on from the end of the
    # previous match (an empty one may not be found again at the same place).

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._subject = _subject(string)
        self._pos, self._endpos = _bounds(string, pos, endpos)
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        regs = self.pattern._prog.run(self._subject, self._pos, self._endpos, mode,
                                      self._must_advance)
        if regs is None:
            self._done = True
            return None
        self._must_advance = regs[1] == regs[0]
        m = Match(self.pattern, self._subject, self._pos, self._endpos, regs)
        self._pos = regs[1]
        return m

    def match(self):
        return self._next(_MATCH)

    def search(self):
        return self._next(_SEARCH)


class Scanner:
    # A small lexer: at each position the first (pattern, action) of the
    # lexicon that matches wins; an action is a value, None (skip), or a
    # callable(scanner, text).  scan() gives the results and the rest.
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._actions = {}
        alternatives, group = [], 1
        for regex, action in lexicon:
            self._actions[group] = action
            alternatives.append("(%s)" % regex)
            group += 1 + compile(regex, flags).groups   # skip its own groups
        self.scanner = compile("|".join(alternatives), flags)

    def scan(self, string):
        found, at = [], 0
        step = self.scanner.scanner(string).match
        m = step()
        while m and m.end() != at:          # stop at no match or an empty one
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                found.append(action)
            at = m.end()
            m = step()
        return found, string[at:]


# ---- the module functions ----

_cache = {}             # (pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _pattern_for(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, int(flags))
    known = _cache.get(key)
    if known is None:
        known = Pattern(_sre.compile(pattern, key[1], error), pattern)
        while len(_cache) >= _MAXCACHE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = known
    return known


def compile(pattern, flags=0):
    return _pattern_for(pattern, flags)


def match(pattern, string, flags=0):
    return _pattern_for(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _pattern_for(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _pattern_for(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _pattern_for(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _pattern_for(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _pattern_for(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _pattern_for(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _pattern_for(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    # A backslash before each character that means something in a pattern.
    if not isinstance(pattern, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(pattern).__name__)
    return "".join(["\\" + c if c in _SPECIAL_CHARS else c for c in pattern])
