# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
for _ in range(2):
    import contextlib
    with contextlib.suppress(Exception):
        with contextlib.suppress(Exception):
            with contextlib.suppress(Exception):
                with contextlib.suppress(Exception):
                    with contextlib.suppress(Exception):
                        with contextlib.suppress(Exception):
                            with contextlib.suppress(Exception):
                                with contextlib.suppress(Exception):
                                    with contextlib.suppress(Exception):
                                        with contextlib.suppress(Exception):
                                            with contextlib.suppress(Exception):
                                                with contextlib.suppress(Exception):
                                                    with contextlib.suppress(Exception):
                                                        with contextlib.suppress(Exception):
                                                            with contextlib.suppress(Exception):
                                                                with contextlib.suppress(Exception):
                                                                    with contextlib.suppress(Exception):
                                                                        with contextlib.suppress(Exception):
                                                                            with contextlib.suppress(Exception):
                                                                                with contextlib.suppress(Exception):
                                                                                    with contextlib.suppress(Exception):
                                                                                        with contextlib.suppress(Exception):
                                                                                            with contextlib.suppress(Exception):
                                                                                                with contextlib.suppress(Exception):
                                                                                                    with contextlib.suppress(Exception):
                                                                                                        with contextlib.suppress(Exception):
                                                                                                            with contextlib.suppress(Exception):
                                                                                                                with contextlib.suppress(Exception):
                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                            with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                                with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                                    with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                                        with contextlib.suppress(Exception):
                                                                                                                                                                                                                                                                                                                                                                                                            yield 1
    print('blocks')
import contextlib
with contextlib.suppress(Exception):
    import json
    w = lambda a, i: [a, i]
    a = None
    b = [1, 2]
    for i in range(100):
        a = w(a, i)
        pass
    print(max(a, b) is a)
    print(hash(a))
def chunk():
    e = ValueError('leaf')
    for i in range(10):
        e = ExceptionGroup('g', [e, KeyError(i)])
    try:
        raise e
    except* ValueError as v:
        print('v', len(v.exceptions))
    except* KeyError:
        pass
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
