# heapq - the heap queue algorithm (a min-heap in a list, heap[k] <=
# heap[2*k+1] and heap[2*k+2]), with CPython 3.11's behaviour: heappush,
# heappop, heapify, heapreplace and heappushpop as its C module _heapq does
# them (the same comparisons in the same order, items swapped so a failed
# comparison loses none, its messages for a non-list or empty heap), and
# merge, nsmallest and nlargest as heapq.py does them, so ties come out in
# CPython's order.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, arg=' 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() argument{arg} must be list, not {type(heap).__name__}")


# The two sifts of _heapq.c on a min-heap (less(a, b) is a < b) and a
# max-heap (less(a, b) is b < a).

def _siftdown(heap, startpos, pos):
    # Moves heap[pos] up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not newitem < parent:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


def _siftup(heap, pos):
    # Moves the smaller child up until a leaf, then sifts the item there down.
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos and not heap[childpos] < heap[childpos + 1]:
            childpos += 1
        heap[pos], heap[childpos] = heap[childpos], heap[pos]
        pos = childpos
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < newitem:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos and not heap[childpos + 1] < heap[childpos]:
            childpos += 1
        heap[pos], heap[childpos] = heap[childpos], heap[pos]
        pos = childpos
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    list.append(heap, item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', '')
    if not len(heap):
        raise IndexError('index out of range')
    lastelt = list.pop(heap)
    if not heap:
        return lastelt
    returnitem = heap[0]
    heap[0] = lastelt
    _siftup(heap, 0)
    return returnitem


def heapreplace(heap, item):
    """heapreplace(heap, item) -> value. Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
    _check_list(heap, 'heapreplace')
    if not len(heap):
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
    _check_list(heap, 'heappushpop')
    if not len(heap):
        return item
    top = heap[0]
    if not top < item:
        return item
    heap[0] = item
    _siftup(heap, 0)
    return top


def heapify(heap):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify', '')
    for i in range((len(heap) >> 1) - 1, -1, -1):
        _siftup(heap, i)


def _heappop_max(heap):
    """Maxheap variant of heappop."""
    _check_list(heap, '_heappop_max', '')
    if not len(heap):
        raise IndexError('index out of range')
    lastelt = list.pop(heap)
    if not heap:
        return lastelt
    returnitem = heap[0]
    heap[0] = lastelt
    _siftup_max(heap, 0)
    return returnitem


def _heapreplace_max(heap, item):
    """Maxheap variant of heapreplace."""
    _check_list(heap, '_heapreplace_max')
    if not len(heap):
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(heap):
    """Maxheap variant of heapify."""
    _check_list(heap, '_heapify_max', '')
    for i in range((len(heap) >> 1) - 1, -1, -1):
        _siftup_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    # Each heap entry is a list [sort value, order, (value,) next]: the
    # order (the input's position, negated for reverse) breaks ties so
    # equal items come out in input order, and no two entries compare equal.
    h = []
    if reverse:
        _heapify, _heappop, _heapreplace = _heapify_max, _heappop_max, _heapreplace_max
        direction = -1
    else:
        _heapify, _heappop, _heapreplace = heapify, heappop, heapreplace
        direction = 1

    if key is None:
        order = 0
        for iterable in iterables:
            it = iter(iterable)
            try:
                nxt = it.__next__
                h.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
            order += 1
        _heapify(h)
        while len(h) > 1:
            try:
                while True:
                    s = h[0]
                    value, order, nxt = s
                    yield value
                    s[0] = nxt()
                    _heapreplace(h, s)
            except StopIteration:
                _heappop(h)
        if h:
            value, order, nxt = h[0]
            yield value
            yield from nxt.__self__
        return

    order = 0
    for iterable in iterables:
        it = iter(iterable)
        try:
            nxt = it.__next__
            value = nxt()
            h.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
        order += 1
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                key_value, order, value, nxt = s
                yield value
                value = nxt()
                s[0] = key(value)
                s[2] = value
                _heapreplace(h, s)
        except StopIteration:
            _heappop(h)
    if h:
        key_value, order, value, nxt = h[0]
        yield value
        yield from nxt.__self__


# nsmallest and nlargest keep the n best so far in a heap of
# (value, order) or (key, order, value) entries, the order breaking ties
# so the result is sorted(iterable, key=key)[:n] (stable) exactly.

def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]

    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]

    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
