# string - character-class constants, capwords, and Template
# ($-substitution).
#
# Written for Coroscope from CPython 3.11's documented behaviour.  Template
# builds its pattern with module re from the class's delimiter, idpattern,
# braceidpattern and flags (or takes a subclass's own pattern), as
# documented.  Left out: string.Formatter.

import re as _re

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdefABCDEF'
octdigits = digits[:8]
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
whitespace = ' \t\n\r\x0b\x0c'
printable = ''.join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    # split, capitalize each word, join with sep (or one space)
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


class _Both:
    # Keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self._first, self._second = first, second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


_NO_MAPPING = {}


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        _build_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _bad_placeholder(self, m):
        # ValueError naming the line and column of a lone delimiter.
        at = m.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        line = max(len(before), 1)
        col = at - len(''.join(before[:-1])) if before else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, col))

    def _fill(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _Both(kws, mapping)

        def replace(m):
            found = m.groupdict()
            name = found['named'] or found['braced']
            if name is not None:
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return m.group()        # left as it was
            if found['escaped'] is not None:
                return self.delimiter
            if found['invalid'] is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
            if safe:
                return m.group()
            self._bad_placeholder(m)
        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, True)

    def _placeholders(self):
        # [(name or None, is_invalid)] for each match, checking the groups.
        # (Pattern.scanner, not finditer: a library generator would show
        # in the trace.)
        found = []
        step = self.pattern.scanner(self.template).search
        while (m := step()) is not None:
            got = m.groupdict()
            name = got['named'] or got['braced']
            bad = got['invalid'] is not None
            if name is None and not bad and got['escaped'] is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
            found.append((name, bad))
        return found

    def is_valid(self):
        return True not in [bad for _, bad in self._placeholders()]

    def get_identifiers(self):
        names = []
        for name, _ in self._placeholders():
            if name is not None and name not in names:
                names.append(name)
        return names


def _build_pattern(cls):
    # A subclass may give its own pattern; otherwise one is made from the
    # delimiter and the identifier patterns, with the four named groups.
    if 'pattern' in vars(cls):
        source = cls.pattern
    else:
        mark = _re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or ident
        source = (mark + '(?:(?P<escaped>' + mark + ')|(?P<named>' + ident + ')'
                  r'|\{(?P<braced>' + braced + r')\}|(?P<invalid>))')
    cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)


_build_pattern(Template)
