# proggen: max-steps 200000 max-memory 4194304
import sys
try:
    e = ValueError('leaf')
    for i in range(2000):
        e = ExceptionGroup('g', [e] * 2)
    try:
        raise e
    except* Exception:
        raise TypeError('again')
finally:
    print('finally')
