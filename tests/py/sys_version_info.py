# sys.version_info is a named tuple: attributes, indexing, slicing,
# comparison with plain tuples; read-only, not constructible.
import sys

vi = sys.version_info
print(vi)
print(vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(vi[0], vi[1], vi[:2], vi[-2:], len(vi), tuple(vi))
print(vi >= (3, 8), vi < (3, 12), vi[:2] == (3, 11), vi > (3, 11), vi == (3, 11, 7, 'final', 0))
major, minor, *rest = vi
print(major, minor, rest, type(vi).__name__, isinstance(vi, tuple))
print(f'Python {vi.major}.{vi.minor}', '%d.%d' % vi[:2], sys.version.split()[0])
if sys.version_info < (3, 7):
    print('too old')
else:
    print('new enough')
try:
    vi.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(vi)((3, 12, 0, 'final', 0))
except TypeError as e:
    print(type(e).__name__, e)
print(sys.hexversion == 0x030B07F0, sys.hexversion >= 0x030800F0)
