# json.encoder - JSONEncoder, encode_basestring and encode_basestring_ascii,
# written from CPython 3.11's documented behaviour and observed output.
#
# iterencode() hands out the pieces CPython's (pure Python) iterencode
# yields, so json.dump() makes the same write() calls and, if encoding
# fails, leaves the same partial output.  The pieces are produced into a
# list up front (a generator in library code would show in the step
# trace), so a default= function runs before the first write.  dumps()
# without indent is CPython's C encoder there, whose message for a NaN or
# infinity under allow_nan=False leaves out the value; that is kept.
# Left out: c_make_encoder and the py_/c_ aliases of the helpers.

__all__ = ['JSONEncoder']

# The escapes both string encoders share; other control characters
# become \u00XX.
_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _escape(ch, ascii_only):
    if ch in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[ch]
    code = ord(ch)
    if code < 0x20 or (ascii_only and code < 0x10000):
        return '\\u%04x' % code
    if ascii_only:
        # Outside the BMP: a UTF-16 surrogate pair.
        code -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))
    return ch


def _quote(s, ascii_only):
    # Copy runs of characters that need no escape in one slice each.
    pieces = ['"']
    run = 0
    for i, ch in enumerate(s):
        plain = ' ' <= ch <= '~' if ascii_only else ch >= ' '
        if plain and ch != '"' and ch != '\\':
            continue
        pieces.append(s[run:i])
        pieces.append(_escape(ch, ascii_only))
        run = i + 1
    pieces.append(s[run:])
    pieces.append('"')
    return ''.join(pieces)


def encode_basestring(s):
    return _quote(s, False)


def encode_basestring_ascii(s):
    return _quote(s, True)


class _Emitter:
    # One iterencode(): appends CPython's pieces for a value to out.

    def __init__(self, enc, out, name_the_value):
        self.out = out
        self.default = enc.default
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.allow_nan = enc.allow_nan
        self.name_the_value = name_the_value
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.colon = enc.key_separator
        self.comma = enc.item_separator
        indent = enc.indent
        self.indent = ' ' * indent if indent is not None and not isinstance(indent, str) else indent
        self.seen = {} if enc.check_circular else None

    def number(self, f):
        if f != f:
            word = 'NaN'
        elif f in (float('inf'), float('-inf')):
            word = 'Infinity' if f > 0 else '-Infinity'
        else:
            return float.__repr__(f)
        if not self.allow_nan:
            msg = 'Out of range float values are not JSON compliant'
            raise ValueError(msg + ': ' + repr(f) if self.name_the_value else msg)
        return word

    def scalar(self, v):
        # The text of a str, None, bool, int or float; None for others.
        if isinstance(v, str):
            return self.quote(v)
        if v is None:
            return 'null'
        if v is True or v is False:
            return 'true' if v else 'false'
        if isinstance(v, int):
            return int.__repr__(v)
        if isinstance(v, float):
            return self.number(v)
        return None

    def enter(self, o):
        # Circular-reference check: o must not already be on the path.
        if self.seen is not None:
            if id(o) in self.seen:
                raise ValueError('Circular reference detected')
            self.seen[id(o)] = o

    def leave(self, o):
        if self.seen is not None:
            del self.seen[id(o)]

    def compound(self, o, level):
        # A container's pieces, or default()'s stand-in for an unknown type.
        if isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.obj(o, level)
        else:
            self.enter(o)
            self.value(self.default(o), level)
            self.leave(o)

    def value(self, o, level):
        text = self.scalar(o)
        if text is None:
            self.compound(o, level)
        else:
            self.out.append(text)

    def _open(self, level):
        # (the separator between members, the text closing the container)
        if self.indent is None:
            return self.comma, None
        newline = '\n' + self.indent * (level + 1)
        return self.comma + newline, newline

    def _close(self, level, newline, bracket):
        if newline is not None:
            self.out.append('\n' + self.indent * level)
        self.out.append(bracket)

    def array(self, seq, level):
        # A scalar member travels in one piece with the text before it.
        if not seq:
            self.out.append('[]')
            return
        self.enter(seq)
        between, newline = self._open(level)
        lead = '[' + (newline or '')
        for item in seq:
            text = self.scalar(item)
            if text is not None:
                self.out.append(lead + text)
            else:
                self.out.append(lead)
                self.compound(item, level + 1)
            lead = between
        self._close(level, newline, ']')
        self.leave(seq)

    def key_text(self, key):
        # A key as JSON text before quoting, or None to skip it.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.number(key)
        if key is True or key is False or key is None or isinstance(key, int):
            return self.scalar(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % type(key).__name__)

    def obj(self, mapping, level):
        # Key, separator and value go out as separate pieces.
        if not mapping:
            self.out.append('{}')
            return
        self.enter(mapping)
        out = self.out
        out.append('{')
        between, newline = self._open(level)
        if newline is not None:
            out.append(newline)
        items = sorted(mapping.items()) if self.sort_keys else mapping.items()
        first = True
        for key, item in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                out.append(between)
            first = False
            out.append(self.quote(key))
            out.append(self.colon)
            self.value(item, level + 1)
        self._close(level, newline, '}')
        self.leave(mapping)


class _Pieces:
    # What iterencode() returns: the pieces made, then the error that
    # stopped the encoding (if any), raised where CPython's would be.

    def __init__(self, pieces, error):
        self._pieces = iter(pieces)
        self._error = error

    def __iter__(self):
        return self

    def __next__(self):
        for piece in self._pieces:
            return piece
        error, self._error = self._error, None
        if error is not None:
            raise error
        raise StopIteration


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None,
                 separators=None, default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        # separators wins; with an indent the item separator loses its
        # space (a newline follows it).
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        # _one_shot without indent stands for CPython's C encoder: its
        # NaN message differs, and errors simply propagate.
        out = []
        c_encoder = _one_shot and self.indent is None
        emitter = _Emitter(self, out, not c_encoder)
        if _one_shot:
            emitter.value(o, 0)
            return out
        try:
            emitter.value(o, 0)
        except Exception as error:
            return _Pieces(out, error)
        return _Pieces(out, None)
