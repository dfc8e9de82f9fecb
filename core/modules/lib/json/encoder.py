# json.encoder - JSONEncoder with CPython 3.11's output and messages.
# CPython encodes json.dumps() without indent in C (_json.c) and
# everything else with its Python _make_iterencode; the two differ in one
# message (a float out of range: the C one does not name the value), and
# this module keeps that difference.  Chunks are produced as CPython's
# Python encoder yields them, so json.dump() writes the same pieces (and,
# on an error, the same partial output); they are made in a list first
# (generators of library code would show in the step trace), so a
# default= function runs before the first piece is written.

__all__ = ['JSONEncoder']

INFINITY = float('inf')

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    out = None
    start = 0
    for i in range(len(s)):
        c = s[i]
        if c <= '\x1f' or c == '"' or c == '\\':
            if out is None:
                out = ['"']
            out.append(s[start:i])
            out.append(ESCAPE_DCT[c])
            start = i + 1
    if out is None:
        return '"' + s + '"'
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    out = None
    start = 0
    for i in range(len(s)):
        c = s[i]
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            continue
        if out is None:
            out = ['"']
        out.append(s[start:i])
        start = i + 1
        e = ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            s1 = 0xd800 | ((n >> 10) & 0x3ff)
            s2 = 0xdc00 | (n & 0x3ff)
            out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    if out is None:
        return '"' + s + '"'
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        name_value = not (_one_shot and self.indent is None)
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                if name_value:
                    raise ValueError(
                        "Out of range float values are not JSON compliant: " +
                        repr(o))
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        encode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys)
        chunks = []
        if _one_shot:
            encode(o, 0, chunks)
            return chunks
        try:
            encode(o, 0, chunks)
        except Exception as error:
            return _Chunks(chunks, error)
        return _Chunks(chunks, None)


class _Chunks:
    """What iterencode() returns: the chunks CPython's generator would
    yield, then the error it would raise there, if any.  (They are made
    in a list: generators of library code would show in the trace.)"""

    def __init__(self, chunks, error):
        self._chunks = chunks
        self._error = error
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._next < len(self._chunks):
            chunk = self._chunks[self._next]
            self._next += 1
            return chunk
        error = self._error
        if error is not None:
            self._error = None
            raise error
        raise StopIteration


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys):
    """An encoder appending to a list, chunk by chunk, what CPython's
    _make_iterencode yields."""

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _encode_list(lst, _current_indent_level, out):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                out.append(buf + _encoder(value))
            elif value is None:
                out.append(buf + 'null')
            elif value is True:
                out.append(buf + 'true')
            elif value is False:
                out.append(buf + 'false')
            elif isinstance(value, int):
                out.append(buf + int.__repr__(value))
            elif isinstance(value, float):
                out.append(buf + _floatstr(value))
            else:
                out.append(buf)
                if isinstance(value, (list, tuple)):
                    _encode_list(value, _current_indent_level, out)
                elif isinstance(value, dict):
                    _encode_dict(value, _current_indent_level, out)
                else:
                    _encode(value, _current_indent_level, out)
        if newline_indent is not None:
            _current_indent_level -= 1
            out.append('\n' + _indent * _current_indent_level)
        out.append(']')
        if markers is not None:
            del markers[markerid]

    def _encode_dict(dct, _current_indent_level, out):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        out.append('{')
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(_encoder(key))
            out.append(_key_separator)
            if isinstance(value, str):
                out.append(_encoder(value))
            elif value is None:
                out.append('null')
            elif value is True:
                out.append('true')
            elif value is False:
                out.append('false')
            elif isinstance(value, int):
                out.append(int.__repr__(value))
            elif isinstance(value, float):
                out.append(_floatstr(value))
            else:
                if isinstance(value, (list, tuple)):
                    _encode_list(value, _current_indent_level, out)
                elif isinstance(value, dict):
                    _encode_dict(value, _current_indent_level, out)
                else:
                    _encode(value, _current_indent_level, out)
        if newline_indent is not None:
            _current_indent_level -= 1
            out.append('\n' + _indent * _current_indent_level)
        out.append('}')
        if markers is not None:
            del markers[markerid]

    def _encode(o, _current_indent_level, out):
        if isinstance(o, str):
            out.append(_encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            _encode_list(o, _current_indent_level, out)
        elif isinstance(o, dict):
            _encode_dict(o, _current_indent_level, out)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            _encode(o, _current_indent_level, out)
            if markers is not None:
                del markers[markerid]
    return _encode
