# contextvars - context variables (PEP 567).  The types are in C
# (core/vm/context.c), as CPython's are in _contextvars; the event loop
# runs each callback and each Task step in its context.

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
