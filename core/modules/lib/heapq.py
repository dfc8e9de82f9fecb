# heapq - a binary min-heap kept in a plain list (heap[i] <= heap[2*i+1]
# and heap[2*i+2]), written from CPython 3.11's documented behaviour.
# The layout after every call is CPython's, since programs print heaps:
# an item added at the end rises while it is smaller than its parent; a
# hole left at the root sinks by promoting the smaller child (the right
# one unless left < right) down to a leaf, and the item put there rises
# again.  Items are swapped one step at a time, so a comparison that
# raises leaves every item in the list, where CPython leaves it.
# merge, nsmallest and nlargest compare in CPython's order, so ties and
# error messages come out the same.  Nothing public is left out.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, fname, which=' 1'):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fname, which, type(heap).__name__))


# The two moves, for a min-heap or (rev) a max-heap.  first(a, b) is
# "a belongs above b": a < b, or b < a for a max-heap.

def _rise(heap, top, pos, rev=False):
    # heap[pos] climbs while it belongs above its parent, never above top.
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        parent = heap[up]
        if not ((parent < item) if rev else (item < parent)):
            return
        heap[up], heap[pos] = item, parent
        pos = up


def _settle(heap, pos, rev=False):
    # The item at pos is swapped down along the path of better children
    # to a leaf, then climbs back to its place (at most back to pos).
    size = len(heap)
    start = pos
    while pos < size >> 1:
        child = 2 * pos + 1
        right = child + 1
        if right < size:
            left_first = (heap[right] < heap[child]) if rev else (heap[child] < heap[right])
            if not left_first:
                child = right
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
    _rise(heap, start, pos, rev)


def _pop(heap, rev):
    if not len(heap):
        raise IndexError('index out of range')
    last = list.pop(heap)
    if not heap:
        return last
    best = heap[0]
    heap[0] = last
    _settle(heap, 0, rev)
    return best


def _replace(heap, item, rev):
    if not len(heap):
        raise IndexError('index out of range')
    best = heap[0]
    heap[0] = item
    _settle(heap, 0, rev)
    return best


def _build(heap, rev):
    # Settle every inner node, the last one first.
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _settle(heap, pos, rev)


def heappush(heap, item):
    _need_list(heap, 'heappush')
    list.append(heap, item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    _need_list(heap, 'heappop', '')
    return _pop(heap, False)


def heapreplace(heap, item):
    _need_list(heap, 'heapreplace')
    return _replace(heap, item, False)


def heappushpop(heap, item):
    # The new item comes straight back unless the root is smaller.
    _need_list(heap, 'heappushpop')
    if not len(heap) or not heap[0] < item:
        return item
    best = heap[0]
    heap[0] = item
    _settle(heap, 0)
    return best


def heapify(heap):
    _need_list(heap, 'heapify', '')
    _build(heap, False)


# The max-heap helpers CPython also has (merge(reverse=True) and
# nsmallest use them).

def _heapify_max(heap):
    _need_list(heap, '_heapify_max', '')
    _build(heap, True)


def _heappop_max(heap):
    _need_list(heap, '_heappop_max', '')
    return _pop(heap, True)


def _heapreplace_max(heap, item):
    _need_list(heap, '_heapreplace_max')
    return _replace(heap, item, True)


# Older names some programs reach for to fix a heap after editing it.
_siftdown = _rise
_siftup = _settle


def merge(*iterables, key=None, reverse=False):
    # A heap of one entry per unfinished input: [sort value, rank, item,
    # iterator], the rank (input position, negated for reverse) breaking
    # ties so equal items keep input order and iterators never compare.
    # Without key the sort value is the item itself.
    rank_sign = -1 if reverse else 1
    heap = []
    for rank, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heap.append([item if key is None else key(item), rank * rank_sign, item, it])
            break
    _build(heap, reverse)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        it = entry[3]
        for item in it:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            _replace(heap, entry, reverse)
            break
        else:
            _pop(heap, reverse)
    if heap:
        yield heap[0][2]
        yield from heap[0][3]


def _best(n, iterable, key, largest):
    # The n best items, as sorted(iterable, key=key, reverse=largest)[:n].
    # A heap holds the best n so far with the worst of them on top:
    # entries (key, rank, item), ranks counting 0, 1, 2.. (down from 0
    # for largest) so that equal keys keep their input order.
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    step = -1 if largest else 1
    it = iter(iterable)
    heap = []
    for rank, item in zip(range(0, n * step, step), it):
        heap.append((item, rank) if key is None else (key(item), rank, item))
    if not heap:
        return heap
    worst_on_top = not largest
    _build(heap, worst_on_top)
    worst = heap[0][0]
    rank = n * step
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            _replace(heap, (k, rank) if key is None else (k, rank, item), worst_on_top)
            worst = heap[0][0]
            rank += step
    heap.sort(reverse=largest)
    at = 0 if key is None else 2
    return [entry[at] for entry in heap]


def nsmallest(n, iterable, key=None):
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _best(n, iterable, key, True)
