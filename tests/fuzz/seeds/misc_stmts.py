import sys
from types import GeneratorType
assert True, 'msg'
for i in range(3):
    if i == 1:
        continue
    elif i == 2:
        break
else:
    print('no break')
while False:
    pass
else:
    print('while else')
print(i, sys.version_info >= (3,), hasattr(sys, 'x'), getattr(sys, 'y', None))
