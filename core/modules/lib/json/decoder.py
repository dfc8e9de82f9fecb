# json.decoder - JSONDecoder, JSONDecodeError and scanstring, written from
# CPython 3.11's documented behaviour.  CPython parses with its C scanner;
# this recursive-descent parser accepts what it accepts and reports the
# same message at the same position for every error (those positions
# were found by feeding CPython broken documents).  Left out: the Python
# fallback scanner's own quirks and json.scanner (py_make_scanner).

__all__ = ['JSONDecoder', 'JSONDecodeError']

_SPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_NAMED_FLOATS = {'NaN': float('nan'), 'Infinity': float('inf'),
                 '-Infinity': float('-inf')}
# Words the scanner knows, by first letter: (word, value or None for a
# parse_constant name).
_WORDS = {'n': ('null', False), 't': ('true', False), 'f': ('false', False),
          'N': ('NaN', True), 'I': ('Infinity', True), '-': ('-Infinity', True)}
_WORD_VALUES = {'null': None, 'true': True, 'false': False}


class JSONDecodeError(ValueError):
    # msg, doc and pos as given; lineno and colno count from 1.
    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, col, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    # No JSON value starts at args[0]: becomes "Expecting value" there.
    pass


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i] in _SPACE:
        i += 1
    return i


def _hex_escape(s, u):
    # The code point of the \uXXXX escape whose 'u' is at index u.  CPython
    # wants at least one character after the four digits.
    digits = s[u + 1:u + 5]
    if u + 5 >= len(s) or any(ch not in _HEXDIGITS for ch in digits):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    # s[end - 1] opened a string: (its value, index after the closing quote).
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    opener = end - 1
    parts = []
    i = end
    while True:
        run = i
        while i < n and s[i] != '"' and s[i] != '\\':
            if strict and s[i] <= '\x1f':
                raise JSONDecodeError('Invalid control character at', s, i)
            i += 1
        if i + 1 > n or (s[i] == '\\' and i + 1 == n):
            raise JSONDecodeError('Unterminated string starting at', s, opener)
        parts.append(s[run:i])
        if s[i] == '"':
            return ''.join(parts), i + 1
        kind = s[i + 1]
        if kind != 'u':
            if kind not in _SIMPLE_ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, i)
            parts.append(_SIMPLE_ESCAPES[kind])
            i += 2
            continue
        code = _hex_escape(s, i + 1)
        i += 6
        # A high surrogate followed by an escaped low one is one character.
        if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u' and i + 6 < n:
            low = _hex_escape(s, i + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                i += 6
        parts.append(chr(code))


class _Parser:
    # One decoder's settings; value(s, i) -> (value, index after it).

    def __init__(self, decoder):
        self.d = decoder

    def __call__(self, s, i):
        try:
            return self.value(s, i)
        finally:
            self.d.memo.clear()

    def value(self, s, i):
        if i < 0:
            raise ValueError('idx cannot be negative')
        if i >= len(s):
            raise _NoValue(i)
        ch = s[i]
        if ch == '"':
            return scanstring(s, i + 1, self.d.strict)
        if ch == '{':
            return self.obj(s, i + 1)
        if ch == '[':
            return self.array(s, i + 1)
        word = _WORDS.get(ch)
        if word is not None and s.startswith(word[0], i):
            text, named = word
            found = self.d.parse_constant(text) if named else _WORD_VALUES[text]
            return found, i + len(text)
        return self.number(s, i)

    def number(self, s, start):
        n = len(s)

        def digits_from(k):
            while k < n and s[k] in _DIGITS:
                k += 1
            return k

        i = start + (s[start] == '-')
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in _DIGITS:
            i = digits_from(i + 1)
        else:
            raise _NoValue(start)
        is_float = False
        # A fraction needs a digit after the point; an exponent needs one
        # after e and its sign, else the number ends before them.
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i = digits_from(i + 2)
            is_float = True
        if i + 1 < n and s[i] in 'eE':
            k = i + 1
            if k + 1 < n and s[k] in '+-':
                k += 1
            k = digits_from(k)
            if s[k - 1] in _DIGITS:
                i = k
                is_float = True
        text = s[start:i]
        return (self.d.parse_float(text) if is_float else self.d.parse_int(text)), i

    def _close_or_comma(self, s, i, closer):
        # After a member: True at the closer, False after a comma (and
        # the space after it); i moves past what was read.
        i = _skip_space(s, i)
        if i < len(s) and s[i] == closer:
            return True, i + 1
        if i >= len(s) or s[i] != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        return False, _skip_space(s, i + 1)

    def obj(self, s, i):
        d = self.d
        pairs = []
        i = _skip_space(s, i)
        if i < len(s) and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= len(s) or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = scanstring(s, i + 1, d.strict)
                key = d.memo.setdefault(key, key)
                i = _skip_space(s, i)
                if i >= len(s) or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                item, i = self.value(s, _skip_space(s, i + 1))
                pairs.append((key, item))
                done, i = self._close_or_comma(s, i, '}')
                if done:
                    break
        if d.object_pairs_hook is not None:
            return d.object_pairs_hook(pairs), i
        result = dict(pairs)
        if d.object_hook is not None:
            result = d.object_hook(result)
        return result, i

    def array(self, s, i):
        items = []
        i = _skip_space(s, i)
        if i < len(s) and s[i] == ']':
            return items, i + 1
        while True:
            item, i = self.value(s, i)
            items.append(item)
            done, i = self._close_or_comma(s, i, ']')
            if done:
                return items, i


class JSONDecoder:

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        # Unset parsers fall back to the built-in ones.
        self.parse_float, self.parse_int = parse_float or float, parse_int or int
        self.parse_constant = parse_constant or _NAMED_FLOATS.__getitem__
        self.strict = strict
        self.parse_string, self.memo = scanstring, {}
        self.scan_once = _Parser(self)

    def decode(self, s):
        # One document, with only whitespace around it.
        value, end = self.raw_decode(s, _skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        # The document starting at idx (no space skipped): (value, end).
        try:
            return self.scan_once(s, idx)
        except _NoValue as stop:
            raise JSONDecodeError('Expecting value', s, stop.args[0]) from None
