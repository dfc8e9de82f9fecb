# random - pseudo-random numbers, written from CPython 3.11's documented
# behaviour and its observable output.  The Mersenne Twister core is the
# C module _random (seeding, random(), getrandbits(), state); this file
# turns its bits into integers, choices and distributions with the same
# arithmetic CPython's results show, so a seed gives CPython's values.
#
# Differences: nothing reads the OS.  Unseeded generators (the module's
# own, Random(), seed()) take the next seed of a fixed per-run sequence in
# _random, so every run prints the same numbers.  SystemRandom has no
# entropy source: drawing from it raises NotImplementedError.

from math import (log as _ln, exp as _expo, sqrt as _root, cos as _cosine,
                  sin as _sine, floor as _floor, ceil as _ceil, pi as _PI,
                  e as _E, tau as TWOPI, isinf as _isinf, isnan as _isnan)
from bisect import bisect_right as _find_slot
from _random import Random as _Core, _index, _text_seed, _warn_caller, _acos

__all__ = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices',
           'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate',
           'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes',
           'randint', 'random', 'randrange', 'sample', 'seed', 'setstate',
           'shuffle', 'triangular', 'uniform', 'vonmisesvariate',
           'weibullvariate']

# Constants CPython's module exposes (and its algorithms use).
NV_MAGICCONST = 4 * _expo(-0.5) / _root(2.0)
LOG4 = _ln(4.0)
SG_MAGICCONST = 1.0 + _ln(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_STEP_DEFAULT = 1   # randrange tells an omitted step apart by identity
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
# Which types each seeding version turns into an int here.
_TEXT_SEEDS = {1: (str, bytes), 2: (str, bytes, bytearray)}


def _whole(value, label):
    # randrange's argument as an int.  Integral floats (and the like) are
    # still taken, with CPython's DeprecationWarning, which points at the
    # caller of randrange: two frames up from here.
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn_caller('randrange() will raise TypeError in the future', 2)
            raise ValueError('non-integer %s for randrange()' % label)
        _warn_caller('non-integer arguments to randrange() have been deprecated '
                     'since Python 3.10 and will be removed in a subsequent version', 2)
        return as_int


def _running_totals(values):
    out = []
    for v in values:
        out.append(v if not out else out[-1] + v)
    return out


def _is_sequence(obj):
    # sample() wants a collections.abc.Sequence.
    if isinstance(obj, (list, tuple, str, range)):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _text_to_int(a, version):
    if version == 2:
        return _text_seed(a) if isinstance(a, str) else _bytes_seed_v2(a)
    # Version 1: an old 64-bit string hash (of bytes read as Latin-1).
    text = a if isinstance(a, str) else a.decode('latin-1')
    h = ord(text[0]) << 7 if text else 0
    for ch in text:
        h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    h ^= len(text)
    return -2 if h == -1 else h


def _bytes_seed_v2(data):
    # Version 2 seeds bytes by their value followed by their SHA-512
    # digest, read as one big-endian int.  (A str goes to _random's C hook,
    # which does the same with its UTF-8 bytes.)
    data = bytes(data)
    return int.from_bytes(data + _sha512(data), 'big')


# SHA-512 (FIPS 180-4), only for seeding from bytes: the engine has no
# hashlib.
_MASK64 = (1 << 64) - 1
_SHA512_TABLES = []


def _iroot(n, k):
    # floor(n ** (1/k)) for ints, by Newton's method from above.
    x = 1 << -(-n.bit_length() // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _sha512_tables():
    # FIPS 180-4: the starting hash is the fractional bits of the square
    # roots of the first 8 primes, the round constants those of the cube
    # roots of the first 80.
    if not _SHA512_TABLES:
        primes = []
        n = 2
        while len(primes) < 80:
            if all(n % p for p in primes):
                primes.append(n)
            n += 1
        start = [_iroot(p << 128, 2) & _MASK64 for p in primes[:8]]
        rounds = [_iroot(p << 192, 3) & _MASK64 for p in primes]
        _SHA512_TABLES.extend((start, rounds))
    return _SHA512_TABLES


def _sha512(data):
    start, rounds = _sha512_tables()

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & _MASK64

    size = len(data)
    data = bytes(data) + b'\x80' + bytes(-(size + 17) % 128) + (size * 8).to_bytes(16, 'big')
    h = list(start)
    for block in range(0, len(data), 128):
        w = [int.from_bytes(data[block + 8 * i:block + 8 * i + 8], 'big') for i in range(16)]
        for t in range(16, 80):
            x, y = w[t - 15], w[t - 2]
            s0 = rotr(x, 1) ^ rotr(x, 8) ^ (x >> 7)
            s1 = rotr(y, 19) ^ rotr(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            t1 = (hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41))
                  + ((e & f) ^ (~e & g)) + rounds[t] + w[t])
            t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))
            a, b, c, d, e, f, g, hh = (t1 + t2) & _MASK64, a, b, c, (d + t1) & _MASK64, e, f, g
        h = [(x + y) & _MASK64 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)


class Random(_Core):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # ---- state ----

    def seed(self, a=None, version=2):
        # Text and bytes become an int here; other types go to _random as
        # they are (an int by value, anything else by its hash).
        if isinstance(a, _TEXT_SEEDS.get(version, ())):
            a = _text_to_int(a, version)
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        _Core.seed(self, a)
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, _Core.getstate(self), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError('state with version %s passed to Random.setstate() '
                             'of version %s' % (version, self.VERSION))
        version, words, self.gauss_next = state
        if version == 2:
            # Version 2 saved the words as signed C longs.
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
        _Core.setstate(self, words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # ---- integers below n ----
    # A subclass that brings its own getrandbits() (or only random())
    # gets the matching way of drawing an int in [0, n).

    def __init_subclass__(cls, **kwargs):
        # The nearest class (in MRO order) defining one of these decides.
        choices = (('_randbelow', None),
                   ('getrandbits', '_randbelow_with_getrandbits'),
                   ('random', '_randbelow_without_getrandbits'))
        for klass in cls.__mro__:
            for attr, how in choices:
                if attr in klass.__dict__:
                    if how:
                        cls._randbelow = getattr(cls, how)
                    return

    def _randbelow_with_getrandbits(self, bound):
        # Draw bound.bit_length() bits until the number is below bound.
        width = bound.bit_length()
        r = self.getrandbits(width)
        while r >= bound:
            r = self.getrandbits(width)
        return r

    def _randbelow_without_getrandbits(self, bound, scale=1 << BPF):
        # From floats alone: reject the top sliver that would bias the
        # remainder (a bound this big can't be helped: CPython warns).
        draw = self.random
        if bound >= scale:
            return _floor(draw() * bound)
        cutoff = (scale - scale % bound) / scale
        r = draw()
        while r >= cutoff:
            r = draw()
        return _floor(r * scale) % bound

    _randbelow = _randbelow_with_getrandbits

    # ---- integers and bytes ----

    def randbytes(self, n):
        return self.getrandbits(8 * n).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_STEP_DEFAULT):
        first = _whole(start, 'arg 1')
        if stop is None:
            if step is not _STEP_DEFAULT:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        end = _whole(stop, 'stop')
        span = end - first
        stride = _whole(step, 'step')
        if stride == 1:
            if span > 0:
                return first + self._randbelow(span)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (first, end, span))
        if stride == 0:
            raise ValueError('zero step for randrange()')
        # How many values first, first+stride, ... lie before end.
        count = (span + stride - 1) // stride if stride > 0 else (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        # Fisher-Yates from the end: slot i swaps with one of 0..i.
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        below = self._randbelow
        picked = [None] * k
        # CPython's cut-over between its two methods decides which
        # numbers are drawn: a pool for small populations, else a set of
        # taken indices with redraws.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_ln(k * 3, 4))
        if size <= threshold:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                picked[i] = pool[j]
                pool[j] = pool[size - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                picked[i] = population[j]
        return picked

    def _sample_counted(self, population, size, counts, k):
        # Sample positions of the population repeated counts times.
        bounds = _running_totals(counts)
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_find_slot(bounds, pos)]
                for pos in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        draw = self.random
        size = len(population)
        if cum_weights is not None:
            if weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
        elif weights is None:
            # Equal weights: scale one float per pick.
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in range(_index(k))]
        else:
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if isinstance(weights, int):
                    # choices(pop, 3) meant k=3.
                    k = weights
                    raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
                raise
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if _isinf(total) or _isnan(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_find_slot(cum_weights, draw() * total, 0, last)]
                for _ in range(_index(k))]

    # ---- real-valued distributions ----
    # Each is fixed by CPython's output for a seed: the same draws, in the
    # same order, through the same float arithmetic.

    def uniform(self, a, b):
        return a + self.random() * (b - a)

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            # Mirror the upper part onto the lower one.
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _root(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman-Monahan ratio of uniforms.
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_ln(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller makes two values; the second waits for the next call.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _root(-2.0 * _ln(1.0 - self.random()))
            z = _cosine(angle) * radius
            self.gauss_next = _sine(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _expo(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_ln(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's rejection method.
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _root(1.0 + half * half)
        while True:
            z = _cosine(_PI * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _expo(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        turn = _acos(f)
        return (mu + turn) % TWOPI if draw() > 0.5 else (mu - turn) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_ln(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # alpha > 1: Cheng's rejection algorithm (1977).
        draw = self.random
        a_inv = _root(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + a_inv
        while True:
            u = draw()
            if not 1e-7 < u < 0.9999999:
                continue
            w = 1.0 - draw()
            v = _ln(u / (1.0 - u)) / a_inv
            x = alpha * _expo(v)
            z = u * u * w
            r = shift + slope * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _ln(z):
                return x

    def _gamma_small(self, alpha):
        # 0 < alpha < 1: algorithm GS (Ahrens and Dieter).
        draw = self.random
        while True:
            b = (_E + alpha) / _E
            p = b * draw()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_ln((b - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x
            elif u <= _expo(-x):
                return x

    def betavariate(self, alpha, beta):
        g = self.gammavariate(alpha, 1.0)
        return g / (g + self.gammavariate(beta, 1.0)) if g else 0.0

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_ln(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    # No entropy source here (runs are reproducible): drawing raises.

    def _no_entropy(self, *args, **kwargs):
        raise NotImplementedError('SystemRandom is not available in Coroscope: runs are '
                                  'reproducible, so there is no system entropy source; '
                                  'use random.Random instead')

    random = getrandbits = randbytes = _no_entropy

    def seed(self, *args, **kwargs):
        return None

    def _stateless(self, *args, **kwargs):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module's functions are the bound methods of one hidden generator.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
