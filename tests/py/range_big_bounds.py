# range with bounds, steps and lengths beyond 64 bits (CPython computes them
# with ints): indexing, slicing, membership, index/count, equality, hash,
# iteration (a longrange_iterator) and reversed().
r = range(2**100)
print(r[2**99], r[-1], len(range(10)), r[::2**98], r[2**99:][:3], 2**99 in r, r.index(2**99), r.count(5))
try: len(r)
except Exception as e: print(type(e).__name__, e)
print(list(range(2**64, 2**64+3)), type(reversed(range(2**64, 2**64+3))).__name__, list(reversed(range(2**64, 2**64+3))))
print(type(iter(range(2**64))).__name__, type(iter(range(5))).__name__, repr(range(2**64, -2**64, -3)))
print(range(0, 2**64, 2) == range(0, 2**64+1, 2), hash(range(2**70)) == hash(range(0, 2**70, 1)))
print(bool(range(2**70, 2**70)), range(2**70)[2**69:2**69+3], list(range(2**70)[-3:]))
it = iter(range(2**64, 2**64+3)); print(it.__length_hint__(), next(it), it.__length_hint__())
try: list(range(2**70))
except Exception as e: print(type(e).__name__, e)
print(range(-2**63, 2**63)[-1], range(-2**63, 2**63)[0], list(range(2**63-2, 2**63+1)))
try: len(range(-2**62, 2**62))
except Exception as e: print(type(e).__name__, e)
for k in [2**100, -2**100-1, 'x', 1.5]:
    try: range(2**100)[k]
    except Exception as e: print(type(e).__name__, e)
try: range(5)[2**70]
except Exception as e: print(type(e).__name__, e)
try: range(0, 2**70, 0)
except Exception as e: print(type(e).__name__, e)
try: range(2**100).index(2**100)
except Exception as e: print(type(e).__name__, e)
try: range(2**100)[::0]
except Exception as e: print(type(e).__name__, e)
print(range(2**100)[::-1][:2], range(10**30, 0, -7)[5], (10**30 - 1) in range(10**30, 0, -7), 10**30-35 in range(10**30, 0, -7))
print(range(10**30, 0, -7).index(10**30-35), range(10**30, 0, -7).count(3), range(5)[1:3], range(5)[::-1], range(0, 10, 3)[::-2])
print(range(2**62, 2**63+5, 2**62)[::2], range(-5, 2**63 + 10)[-1], range(2**100, 2**100+10).count(2**100+3), range(1, 2**100)[2**99:2**99+2] == range(2**99+1, 2**99+3))
print(range(1, 10)[::2**70], range(1, 10)[-2**70:2**70], range(0, 2**64, 2**63)[1], list(reversed(range(0, 2**64, 2**63))), list(range(5, 2**70, 2**68)))
print(1.0 in range(3), range(3).index(2.0), range(10**20).count(3.0) if False else 0, range(2**64)[True])
print(list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(3, -2**63 - 1, -2**62))))
