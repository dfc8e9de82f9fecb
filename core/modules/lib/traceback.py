# traceback - print or format exceptions and stacks as CPython 3.11 does.
# The text comes from the engine's own printer (core/vm/traceback.c,
# through module _traceback), so traceback.print_exc() prints exactly
# what an uncaught exception prints: source lines, carets, chained
# exceptions, notes, exception groups.

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end='')


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _format(value, tb, limit, chain):
    """The pieces of value's report, with tb as its traceback."""
    if value is None:
        return ['NoneType: None\n']
    old = value.__traceback__
    if tb is not old:
        value.__traceback__ = tb
    try:
        return _traceback.format_exception(value, limit, chain)
    finally:
        if tb is not old:
            value.__traceback__ = old


# ---- exceptions ---------------------------------------------------------

def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback (to sys.stderr by default)."""
    value, tb = _parse_value_tb(exc, value, tb)
    _print_lines(_format(value, tb, limit, chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _format(value, tb, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    """The exception line(s) alone ('ValueError: message\\n' and notes)."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{type(value).__name__}: {value}\n'] if exc is None else \
            [_exc_only_line(exc, value)]
    return _traceback.format_exception_only(value)


def _exc_only_line(etype, value):
    name = getattr(etype, '__qualname__', str(etype))
    mod = getattr(etype, '__module__', None)
    if mod not in ('__main__', 'builtins', None):
        name = mod + '.' + name
    return f'{name}: {value}\n' if value is not None else f'{name}\n'


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


# ---- tracebacks and stacks ----------------------------------------------

def walk_tb(tb):
    """(frame, lineno) of each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from f outwards (f None: the caller's caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _limited(items, limit):
    if limit is None:
        return list(items)
    if limit >= 0:
        out = []
        for item in items:
            if len(out) >= limit:
                break
            out.append(item)
        return out
    return list(items)[limit:] if -limit else []


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()


def _summary(frame, span):
    lineno, end_lineno, colno, end_colno = span
    code = frame.f_code
    return FrameSummary(code.co_filename, lineno, code.co_name,
                        end_lineno=end_lineno, colno=colno, end_colno=end_colno)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        if fs.colno is None or fs.end_colno is None:
            text = _traceback.format_entry(fs.filename, fs.lineno, fs.name,
                                           fs.lineno, None, None)
        else:
            text = _traceback.format_entry(fs.filename, fs.lineno, fs.name,
                                           fs.end_lineno, fs.colno, fs.end_colno)
        if fs._line is not None and not text.count('\n') > 1 and fs.line:
            text += f'    {fs.line}\n'
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                text += f'    {name} = {value}\n'
        return text

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    """The entries of a traceback as a StackSummary, outermost first."""
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, _traceback.tb_span(tb)))
        tb = tb.tb_next
    return StackSummary(_summary(f, span) for f, span in _limited(entries, limit))


def extract_stack(f=None, limit=None):
    """The stack from f (default: the caller) outwards, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    frames = []
    while f is not None:
        frames.append(f)
        f = f.f_back
    # no columns: CPython 3.11 marks no span in a stack, only in tracebacks
    stack = StackSummary(_summary(fr, (fr.f_lineno, None, None, None))
                         for fr in _limited(frames, limit))
    stack.reverse()
    return stack


def format_list(extracted_list):
    """A list of strings ready for printing, one per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print_lines(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """The entries of a traceback, formatted (a list of strings)."""
    return _traceback.format_tb(tb, limit)


def print_tb(tb, limit=None, file=None):
    _print_lines(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the stack from f (default: the caller) outwards."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    while tb is not None:
        tb = tb.tb_next


# ---- TracebackException ------------------------------------------------

class TracebackException:
    """An exception ready for rendering, with its cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            cause, context = exc_value.__cause__, exc_value.__context__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    _seen=_seen)
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    limit=limit, _seen=_seen)
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__,
                                                  limit=limit, _seen=_seen)
                               for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield _exc_only_line(self.exc_type, None)
            return
        yield from _traceback.format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield from ['NoneType: None\n'] if self.exc_type is None \
                else [_exc_only_line(self.exc_type, None)]
            return
        yield from _format(self._value, self._tb, self._limit, chain)

    def print(self, *, file=None, chain=True):
        _print_lines(self.format(chain=chain), file)
