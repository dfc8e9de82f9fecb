# string - CPython 3.11's string constants, capwords and Template
# ($-substitution).  Template scans the text by hand (there is no re):
# the delimiter may be changed by a subclass, but a subclass that sets
# its own pattern, idpattern, braceidpattern or flags is refused, as is
# string.Formatter (not offered).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_sentinel_dict = {}
_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


class _Lookup:
    """The keywords first, then the mapping (CPython's ChainMap(kws, mapping))."""

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ('pattern', 'idpattern', 'braceidpattern', 'flags'):
            if name in cls.__dict__:
                raise NotImplementedError(
                    "a Template subclass with its own %s is not supported by "
                    "Coroscope (there is no re module): only delimiter may change" % name)

    def __init__(self, template):
        self.template = template

    # The placeholders in order: (kind, start, end, name) with kind one of
    # 'escaped', 'named', 'braced', 'invalid'; start is where the
    # delimiter is, end where the match ends (for invalid: just after the
    # delimiter, where CPython's empty 'invalid' group is).
    def _scan(self):
        # a list, not a generator: generators of library code show in the trace
        t = self.template
        d = self.delimiter
        n = len(t)
        dl = len(d)
        found = []
        i = 0
        while True:
            j = t.find(d, i) if dl else -1
            if j < 0:
                return found
            k = j + dl
            if t.startswith(d, k):
                found.append(('escaped', j, k + dl, None))
                i = k + dl
                continue
            if k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_REST:
                    e += 1
                found.append(('named', j, e, t[k:e]))
                i = e
                continue
            if k < n and t[k] == '{' and k + 1 < n and t[k + 1] in _ID_START:
                e = k + 2
                while e < n and t[e] in _ID_REST:
                    e += 1
                if e < n and t[e] == '}':
                    found.append(('braced', j, e + 1, t[k + 1:e]))
                    i = e + 1
                    continue
            found.append(('invalid', j, k, None))
            i = k

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        t = self.template
        out = []
        pos = 0
        for kind, start, end, name in self._scan():
            out.append(t[pos:start])
            pos = end
            if kind == 'named' or kind == 'braced':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[start:end])
                else:
                    out.append(str(mapping[name]))
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif safe:
                out.append(t[start:end])
            else:
                self._invalid(end)
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
