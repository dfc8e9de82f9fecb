# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    print(list(map(reversed, [''])))
    print(list(zip(*[range(0)] * 2))[:2])
except Exception as e:
    print('caught', type(e).__name__)
try:
    e = ValueError('leaf')
    for i in range(100):
        e = ExceptionGroup('g', [e, KeyError(i)])
    try:
        raise e
    except* ValueError as v:
        print('v', len(v.exceptions))
    except* KeyError:
        pass
finally:
    print('finally')
