# stdout is strict UTF-8: a lone surrogate cannot be printed.  print()
# writes its pieces in turn, so what came before the bad piece is out;
# sys.stdout.write fails as a whole; stderr escapes it instead; repr and
# ascii() show it.
import sys

print('ok before')
try:
    print('abc', 'x\ud800y', 'never')
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    sys.stdout.write('\udfff tail\n')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    print('fine', end='\udc80')
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e)
print(repr('\ud800'), ascii('\udbff\udc00'), len('\ud800'))
print('to stderr \ud834', file=sys.stderr)
print('\ud83d\ude00'.encode('utf-8', 'surrogatepass') if False else 'done')
print('last', '\ud800')
