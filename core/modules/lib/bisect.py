# bisect - binary search of a sorted sequence, written from CPython 3.11's
# documented behaviour (its C module _bisect): bisect_left, bisect_right
# (alias bisect), insort_left, insort_right (alias insort), each taking
# lo, hi and a keyword-only key.  Messages are CPython's.  Nothing is left
# out.

from operator import index as _as_index

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _span(seq, lo, hi):
    # lo is any index-like value >= 0; hi is None, -1 (both: the whole
    # length) or index-like, with its own message for a wrong type.
    lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        return lo, len(seq)
    if not hasattr(type(hi), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
    hi = _as_index(hi)
    return lo, (len(seq) if hi == -1 else hi)


def _search(seq, x, lo, hi, key, after_equal):
    # Halve [lo, hi) until it is empty.  Going right past an equal item
    # (after_equal) finds the insertion point after a run of equals,
    # otherwise before it.  The comparisons are CPython's, in its order:
    # x < item when after_equal, item < x when not.
    while lo < hi:
        mid = (lo + hi) // 2
        item = seq[mid] if key is None else key(seq[mid])
        if after_equal:
            go_right = not (x < item)
        else:
            go_right = item < x
        if go_right:
            lo = mid + 1
        else:
            hi = mid
    return lo


# The four public functions come in pairs that differ only in where an
# equal item sends the search, so each is made from one template.

def _named(fn, name):
    fn.__name__ = fn.__qualname__ = name
    return fn


def _finder(name, after_equal):
    def find(a, x, lo=0, hi=None, *, key=None):
        lo, hi = _span(a, lo, hi)
        return _search(a, x, lo, hi, key, after_equal)
    return _named(find, name)


def _inserter(name, find):
    # The key applies to the new item too, before the search.
    def insert(a, x, lo=0, hi=None, *, key=None):
        probe = x if key is None else key(x)
        a.insert(find(a, probe, lo, hi, key=key), x)
    return _named(insert, name)


bisect_left = _finder('bisect_left', False)
bisect_right = bisect = _finder('bisect_right', True)
insort_left = _inserter('insort_left', bisect_left)
insort_right = insort = _inserter('insort_right', bisect_right)
