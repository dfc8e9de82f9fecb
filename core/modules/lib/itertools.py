# itertools - iterator building blocks, lazy as CPython 3.11's are, with
# its reprs (count(5), repeat('a', 3)) and messages: count, cycle, repeat,
# accumulate, chain (and chain.from_iterable), compress, dropwhile,
# takewhile, filterfalse, groupby (its groups share the one underlying
# iterator), islice, pairwise, starmap, tee, zip_longest, product,
# permutations, combinations and combinations_with_replacement.

import sys

# CPython's itertools is written in C: its frames show in no traceback
__c_frames__ = True

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _is_number(x):
    return isinstance(x, (int, float))


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


class count:
    """Return a count object whose .__next__() method returns consecutive
    values."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, *args, **kwargs):
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % len(args))
        obj = args[0] if args else kwargs.pop('object')
        if len(args) > 1:
            times = args[1]
        elif 'times' in kwargs:
            times = kwargs.pop('times')
        else:
            times = None
        for k in kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'" % k)
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._element = obj
        self._cnt = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt is None:
            return self._element
        if self._cnt > 0:
            self._cnt -= 1
            return self._element
        raise StopIteration

    def __length_hint__(self):
        if self._cnt is None:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt is None:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)


_marker = object()


class accumulate:
    """Return series of accumulated sums (or other binary function
    results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _marker
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _marker:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._function is None:
                if not item:
                    return item
            elif not self._function(item):
                return item


class starmap:
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._function(*tuple(args))


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _marker:
            parent._step()
        key = parent._currkey
        if not (key is self._tgtkey or self._tgtkey == key):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _marker
        return value


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._currgrouper = None
        # skip what is left of the current group
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


_ISLICE_STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_INDICES = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        iterable = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = args[1]
            if stop is not None and (not isinstance(stop, int) or stop < 0):
                raise ValueError(_ISLICE_STOP)
        else:
            start, stop = args[1], args[2]
            if stop is not None and (not isinstance(stop, int) or stop < 0):
                raise ValueError(_ISLICE_STOP)
            if start is None:
                start = 0
            elif not isinstance(start, int) or start < 0:
                raise ValueError(_ISLICE_INDICES)
            if len(args) == 4:
                step = args[3]
                if step is None:
                    step = 1
                elif not isinstance(step, int) or step <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input
    iterator."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _marker:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            self._old = _marker
            raise
        pair = (self._old, new)
        self._old = new
        return pair


class _tee_dataobject:
    """The values read so far from the iterator the tee objects share."""

    def __init__(self, it):
        self.it = it
        self.values = []


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._data = iterable._data
            self._index = iterable._index
        else:
            self._data = _tee_dataobject(iter(iterable))
            self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if self._index < len(data.values):
            value = data.values[self._index]
        else:
            value = next(data.it)
            data.values.append(value)
        self._index += 1
        return value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data = self._data
        new._index = self._index
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    first = _tee(iterable)
    return (first,) + tuple([first.__copy__() for _ in range(n - 1)])


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument."""

    def __init__(self, *args, **kwargs):
        fillvalue = None
        for k in kwargs:
            if k != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs[k]
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(self._fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                values.append(self._fillvalue)
        return tuple(values)


class product:
    """Cartesian product of input iterables.  Equivalent to nested
    for-loops."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            if any([len(p) == 0 for p in pools]):
                self._done = True
                raise StopIteration
            self._indices = [0] * len(pools)
            return tuple([p[0] for p in pools])
        indices = self._indices
        for i in reversed(range(len(pools))):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                return tuple([pools[j][indices[j]] for j in range(len(pools))])
            indices[i] = 0
        self._done = True
        raise StopIteration


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


class permutations:
    """Return successive r-length permutations of elements in the
    iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[i] for i in indices[:r]])
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the
    iterable."""

    def __init__(self, iterable, r):
        _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[i] for i in indices])
