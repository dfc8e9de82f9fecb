# io - StringIO, the in-memory text stream, with CPython 3.11's behaviour
# and messages (its newline modes, seek rules, closed-file errors), and
# the SEEK_* constants.  Coroscope has no files: BytesIO, open,
# TextIOWrapper and the other classes are not offered.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192


def _closed_error(dot=''):
    return ValueError('I/O operation on closed file' + dot)


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    return size


class StringIO:
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor.
    """

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0          # newline None or '': 1 '\r', 2 '\n', 4 '\r\n' seen
        self._value = ''        # the text, once joined
        self._parts = []        # written at the end since the last join
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- the buffer ---------------------------------------------------------

    def _text(self):
        if self._parts:
            self._value = self._value + ''.join(self._parts)
            self._parts = []
        return self._value

    def _check(self, dot=''):
        if self._closed:
            raise _closed_error(dot)

    def _translate(self, s):
        nl = self._newline
        if nl is None or nl == '':
            if '\r' in s:
                i = 0
                n = len(s)
                while True:
                    i = s.find('\r', i)
                    if i < 0:
                        break
                    if i + 1 < n and s[i + 1] == '\n':
                        self._seen |= 4
                        i += 2
                    else:
                        self._seen |= 1
                        i += 1
                if '\n' in s.replace('\r\n', ''):
                    self._seen |= 2
                if nl is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= 2
        elif nl in ('\r', '\r\n') and '\n' in s:
            s = s.replace('\n', nl)
        return s

    # -- writing ------------------------------------------------------------

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        k = len(s)
        if k == 0:
            return n
        if self._pos == self._len:
            self._parts.append(s)
        else:
            text = self._text()
            if self._pos > self._len:
                text = text + '\0' * (self._pos - self._len)
            self._value = text[:self._pos] + s + text[self._pos + k:]
        self._pos += k
        if self._pos > self._len:
            self._len = self._pos
        return n

    def writelines(self, lines):
        self._check('.')
        for line in lines:
            self.write(line)

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        elif not isinstance(pos, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(pos).__name__)
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        if pos < self._len:
            self._value = self._text()[:pos]
            self._len = pos
        return pos

    # -- reading ------------------------------------------------------------

    def getvalue(self):
        self._check()
        return self._text()

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._text()
        start = min(self._pos, self._len)
        end = self._len if size < 0 else min(self._len, start + size)
        if end <= start:
            return ''
        self._pos = end
        return text[start:end]

    def _line_end(self, text, start, limit):
        """Where the line that starts at start ends (past its newline)."""
        nl = self._newline
        if nl == '':
            i = start
            while i < limit:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < limit and text[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return limit
        sep = '\n' if nl is None else nl
        i = text.find(sep, start, limit)
        if i < 0:
            return limit
        return min(i + len(sep), limit)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._text()
        start = min(self._pos, self._len)
        limit = self._len if size < 0 else min(self._len, start + size)
        if limit <= start:
            return ''
        end = self._line_end(text, start, limit)
        self._pos = end
        return text[start:end]

    def readlines(self, hint=-1):
        self._check('.')
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check('.')
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- position -----------------------------------------------------------

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    # -- state --------------------------------------------------------------

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check('.')
        return False

    def flush(self):
        pass

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != '':
            return None
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __enter__(self):
        self._check('.')
        return self

    def __exit__(self, *args):
        self.close()

