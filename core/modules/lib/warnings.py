# warnings - issuing, filtering and showing warnings.
#
# Written for Coroscope from CPython 3.11's documented behaviour: the same
# default filters, per-module registries, actions and report format
# ("FILE:LINE: Category: message" then the stripped source line, on
# stderr).  Warnings the engine raises itself (an unawaited coroutine)
# come through _warn_from_engine once this module is imported.
# Left out: -W option parsing and the C accelerator's extras.

import sys
import _traceback
import _warnings

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

# A release build's filters (no -W, no -X dev).  The '__main__' entry names
# its module as a plain string: it is compared, not matched.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_generation = 1           # bumped on each change of filters: stale registries reset

_KNOWN_ACTIONS = {"error", "ignore", "always", "default", "module", "once"}


def _filters_mutated():
    global _generation
    _generation += 1


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = getattr(category, "__name__", None)

    def __str__(self):
        shown = (self.message, self._category_name, self.filename,
                 self.lineno, self.line)
        return ("{message : %r, category : %r, filename : %r, "
                "lineno : %s, line : %r}" % shown)


# ---- turning a warning into text, and the text into output ----

def _render(m):
    head = "%s:%s: %s: %s\n" % (m.filename, m.lineno, m.category.__name__,
                                m.message)
    src = m.line if m.line is not None else _traceback.getline(m.filename, m.lineno)
    src = src.strip() if src else ""
    return head + ("  " + src + "\n" if src else "")


def _write(m):
    # Replaced by log.append inside catch_warnings(record=True).
    out = sys.stderr if m.file is None else m.file
    if out is None:
        return
    text = _text_for(m)
    if _warnings._is_std_stderr(out):
        _warnings._emit(text, m.lineno)     # also the trace's warning event
        return
    try:
        out.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    return _render(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    _write(WarningMessage(message, category, filename, lineno, file, line))


_stock_format = formatwarning
_stock_show = showwarning


def _text_for(m):
    # A user's replacement formatwarning wins over ours.
    if formatwarning is _stock_format:
        return _render(m)
    return formatwarning(m.message, m.category, m.filename, m.lineno, m.line)


def _deliver(m):
    # A user's replacement showwarning wins; otherwise the current sink.
    hook = showwarning
    if hook is _stock_show:
        _write(m)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(m.message, m.category, m.filename, m.lineno, m.file, m.line)


# ---- the filter list ----

class _StartsWith:
    # Pattern stand-in used only when module re cannot be imported.
    def __init__(self, text, fold):
        self.pattern, self._fold = text, fold

    def match(self, s):
        if self._fold:
            return s.lower().startswith(self.pattern.lower())
        return s.startswith(self.pattern)


def _pattern(text, fold):
    if not text:
        return None
    try:
        import re
    except ImportError:
        return _StartsWith(text, fold)
    return re.compile(text, re.I if fold else 0)


def _check_action(action, lineno):
    if action not in _KNOWN_ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    if action not in _KNOWN_ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    _check_action(action, lineno)
    _install((action, _pattern(message, True), category,
              _pattern(module, False), lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action, lineno)
    _install((action, None, category, None, lineno), append)


def _install(entry, at_end):
    # An equal entry moves to the front; appending never duplicates.
    if at_end:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    del filters[:]
    _filters_mutated()


def _choose_action(text, category, module, lineno):
    for entry in filters:
        action, msg_re, cat, mod, line = entry
        if msg_re is not None and not msg_re.match(text):
            continue
        if not issubclass(category, cat):
            continue
        if mod is not None:
            hit = mod == module if isinstance(mod, str) else mod.match(module)
            if not hit:
                continue
        if line and line != lineno:
            continue
        return action, entry
    return defaultaction, None


# ---- issuing ----

def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):        # an instance names its own class
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    try:
        frame = sys._getframe(max(stacklevel, 1))
    except ValueError:          # past the outermost frame: CPython says "sys:1"
        where, filename, lineno = sys.__dict__, "sys", 1
    else:
        where, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    module = where.get("__name__", "<string>")
    registry = where.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  where, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"      # 'pkg/mod.py' -> 'pkg/mod'
        if module.lower().endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _generation:
        registry.clear()
        registry["version"] = _generation
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    here = (text, category, lineno)
    if registry.get(here):
        return
    action, entry = _choose_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[here] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[here] = 1
        anywhere = (text, category, 0)
        if registry.get(anywhere):
            return
        registry[anywhere] = 1
    elif action == "default":
        registry[here] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


def _warn_from_engine(message, category):
    # The engine's own warning, charged to the frame that was running.
    warn(message, category=category, stacklevel=2)


# ---- catch_warnings ----

class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        parts = ["record=True"] if self._record else []
        if self._module is not sys.modules["warnings"]:
            parts.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        # Saved: the filter list (we work on a copy), both hooks.
        self._saved = (mod.filters, mod.showwarning, mod._write)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._write = log.append
        mod.showwarning = mod._stock_show
        return log

    def __exit__(self, *exc):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._write = self._saved
        mod._filters_mutated()
