# redirect_stderr catches what goes to sys.stderr while it is active:
# print(file=sys.stderr), warnings, traceback.print_exc().
import sys
import traceback
import warnings
from contextlib import redirect_stderr


class Capture:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stderr(cap):
    print('an error message', file=sys.stderr)
    warnings.warn('careful')
    try:
        {}['key']
    except KeyError:
        traceback.print_exc()
    sys.stderr.write('written directly\n')
print(cap.text, end='')
print('---')
print(sys.stderr is sys.__stderr__)
warnings.warn('this one goes to the real stderr')
