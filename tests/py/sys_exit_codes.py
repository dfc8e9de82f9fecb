# sys.exit raises SystemExit: catchable, with the code or message; an
# uncaught one with a message prints it on stderr (no traceback).
import sys

for arg in [(), (0,), (3,), ('bye',), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception), e.code)
print('exiting')
sys.exit('fatal: giving up')
print('never')
