# traceback - print and format exceptions, tracebacks and stacks.
#
# Written for Coroscope from CPython 3.11's documented behaviour.  The text
# of an exception report comes from the engine's own printer (module
# _traceback, core/vm/traceback.c), so print_exc() prints exactly what an
# uncaught exception does: source lines, carets, chains, notes, groups.
# Left out: capture_locals and the compact/max_group_* options of
# TracebackException (accepted, not used), and lookup_lines=False.

import sys
import _traceback

__all__ = ('extract_stack extract_tb format_exception format_exception_only '
           'format_list format_stack format_tb print_exc format_exc '
           'print_exception print_last print_stack print_tb clear_frames '
           'FrameSummary StackSummary TracebackException walk_stack '
           'walk_tb').split()

_UNSET = object()
_NONE_REPORT = 'NoneType: None\n'


def _emit(pieces, file):
    out = sys.stderr if file is None else file
    for piece in pieces:
        print(piece, file=out, end='')


def _exception_of(exc, value, tb):
    # The (value, traceback) pair from the old three-argument form or the
    # new one-argument form.
    if (value is _UNSET) != (tb is _UNSET):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _UNSET:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError(f'Exception expected for value, {type(exc).__name__} found')


def _report(value, tb, limit, chain):
    # The engine formats value with its __traceback__: lend it tb meanwhile.
    if value is None:
        return [_NONE_REPORT]
    own = value.__traceback__
    value.__traceback__ = tb
    try:
        return _traceback.format_exception(value, limit, chain)
    finally:
        value.__traceback__ = own


def _type_line(etype, text):
    # 'pkg.Name: text' for an exception class given without an instance.
    name = getattr(etype, '__qualname__', str(etype))
    where = getattr(etype, '__module__', None)
    if where not in (None, '__main__', 'builtins'):
        name = where + '.' + name
    return name + ('' if text is None else ': %s' % (text,)) + '\n'


# ---- exceptions ----

def format_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, chain=True):
    return _report(*_exception_of(exc, value, tb), limit, chain)


def print_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, file=None,
                    chain=True):
    _emit(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_UNSET):
    shown = exc if value is _UNSET else value
    if shown is None:
        return [_NONE_REPORT]
    if isinstance(shown, BaseException):
        return _traceback.format_exception_only(shown)
    if exc is None:
        return ['%s: %s\n' % (type(shown).__name__, shown)]
    return [_type_line(exc, shown)]


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


# ---- walking ----

def walk_tb(tb):
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


def walk_stack(f):
    if f is None:                   # the caller of whoever called us
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _cut(items, limit):
    # limit >= 0: the first `limit` items; negative: the last -limit.
    items = list(items)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def clear_frames(tb):
    # Frames hold no locals to release here: nothing to do but walk.
    for _ in walk_tb(tb):
        pass


# ---- FrameSummary / StackSummary ----

class FrameSummary:
    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        if lookup_line:
            self._fetch()
        # the frame's locals, as their reprs
        self.locals = None
        if locals:
            self.locals = {key: repr(val) for key, val in locals.items()}

    def _fetch(self):
        if self._line is None and self.lineno is not None:
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        text = self._fetch()
        return None if text is None else text.strip()

    @property
    def _original_line(self):
        return self._fetch()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                   (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (
            self.filename, self.lineno, self.name)


def _repeat_note(extra):
    return '  [Previous line repeated %d more time%s]\n' % (
        extra, 's' if extra > 1 else '')


class StackSummary(list):
    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        out = cls()
        for frame, lineno in _cut(frame_gen, limit):
            code = frame.f_code
            seen = frame.f_locals if capture_locals else None
            out.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                    locals=seen))
        return out

    @classmethod
    def from_list(cls, a_list):
        out = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, line = entry
                entry = FrameSummary(filename, lineno, name, line=line)
            out.append(entry)
        return out

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        if fs.colno is None or fs.end_colno is None:
            span = (fs.lineno, None, None)
        else:
            span = (fs.end_lineno, fs.colno, fs.end_colno)
        # The engine writes the 'File ...' line, and the source line with
        # carets when it can find it; a given line it did not show is added.
        text = _traceback.format_entry(fs.filename, fs.lineno, fs.name, *span)
        if fs._line is not None and text.count('\n') <= 1 and fs.line:
            text += '    %s\n' % fs.line
        for key, shown in sorted((fs.locals or {}).items()):
            text += '    %s = %s\n' % (key, shown)
        return text

    def format(self):
        # Runs of more than three identical entries collapse into a note.
        lines, prev, run = [], None, 0
        for fs in self:
            here = (fs.filename, fs.lineno, fs.name)
            if here != prev:
                if run > 3:
                    lines.append(_repeat_note(run - 3))
                prev, run = here, 0
            run += 1
            if run <= 3:
                lines.append(self.format_frame_summary(fs))
        if run > 3:
            lines.append(_repeat_note(run - 3))
        return lines


def _entry(frame, lineno, end_lineno=None, colno=None, end_colno=None):
    code = frame.f_code
    return FrameSummary(code.co_filename, lineno, code.co_name,
                        end_lineno=end_lineno, colno=colno, end_colno=end_colno)


def extract_tb(tb, limit=None):
    spans = []
    while tb is not None:
        spans.append((tb.tb_frame, _traceback.tb_span(tb)))
        tb = tb.tb_next
    return StackSummary([_entry(f, *span) for f, span in _cut(spans, limit)])


def extract_stack(f=None, limit=None):
    frame = sys._getframe().f_back if f is None else f
    chain = []
    while frame is not None:        # innermost first, to apply the limit
        chain.append(frame)
        frame = frame.f_back
    # CPython 3.11 marks no columns in a stack, only in tracebacks
    stack = StackSummary([_entry(fr, fr.f_lineno) for fr in _cut(chain, limit)])
    stack.reverse()
    return stack


def format_list(extracted_list):
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def print_list(extracted_list, file=None):
    _emit(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return _traceback.format_tb(tb, limit)


def print_tb(tb, limit=None, file=None):
    _emit(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(sys._getframe().f_back if f is None else f, limit))


def print_stack(f=None, limit=None, file=None):
    start = sys._getframe().f_back if f is None else f
    print_list(extract_stack(start, limit), file)


# ---- TracebackException ----

class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.exc_type, self._value, self._tb = exc_type, exc_value, exc_traceback
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None) if exc_value is not None else None
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            at = exc_value.lineno
            self.lineno = None if at is None else str(at)
            for field in ('filename', 'text', 'offset', 'msg'):
                setattr(self, field, getattr(exc_value, field))
        self.__suppress_context__ = bool(exc_value is not None and
                                         exc_value.__suppress_context__)

        def follow(link):
            # The linked exception, unless already on the way (a cycle).
            if link is None or id(link) in seen:
                return None
            return TracebackException(type(link), link, link.__traceback__,
                                      limit=limit, _seen=seen)
        self.__cause__ = follow(getattr(exc_value, '__cause__', None))
        self.__context__ = follow(getattr(exc_value, '__context__', None))
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(sub), sub, sub.__traceback__,
                                                  limit=limit, _seen=seen)
                               for sub in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *rest, **options):
        return cls(type(exc), exc, exc.__traceback__, *rest, **options)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return vars(self) == vars(other)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield _type_line(self.exc_type, self._str)
        else:
            yield from _traceback.format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield _NONE_REPORT if self.exc_type is None else _type_line(self.exc_type, self._str)
        else:
            yield from _report(self._value, self._tb, self._limit, chain)

    def print(self, *, file=None, chain=True):
        _emit(self.format(chain=chain), file)
