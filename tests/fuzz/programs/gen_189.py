# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    import contextlib
    while True:
        while True:
            while True:
                while True:
                    while True:
                        while True:
                            while True:
                                while True:
                                    while True:
                                        while True:
                                            while True:
                                                while True:
                                                    while True:
                                                        while True:
                                                            while True:
                                                                while True:
                                                                    while True:
                                                                        while True:
                                                                            while True:
                                                                                while True:
                                                                                    while True:
                                                                                        while True:
                                                                                            while True:
                                                                                                while True:
                                                                                                    while True:
                                                                                                        while True:
                                                                                                            while True:
                                                                                                                while True:
                                                                                                                    while True:
                                                                                                                        while True:
                                                                                                                            while True:
                                                                                                                                while True:
                                                                                                                                    while True:
                                                                                                                                        while True:
                                                                                                                                            while True:
                                                                                                                                                while True:
                                                                                                                                                    while True:
                                                                                                                                                        while True:
                                                                                                                                                            while True:
                                                                                                                                                                while True:
                                                                                                                                                                    while True:
                                                                                                                                                                        while True:
                                                                                                                                                                            while True:
                                                                                                                                                                                while True:
                                                                                                                                                                                    while True:
                                                                                                                                                                                        while True:
                                                                                                                                                                                            while True:
                                                                                                                                                                                                while True:
                                                                                                                                                                                                    while True:
                                                                                                                                                                                                        while True:
                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                                                                                                                    while True:
                                                                                                                                                                                                                                                                                                                                                                                                        while True:
                                                                                                                                                                                                                                                                                                                                                                                                            while True:
                                                                                                                                                                                                                                                                                                                                                                                                                while True:
                                                                                                                                                                                                                                                                                                                                                                                                                    print('in')
                                                                                                                                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                else:
                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                        else:
                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                    else:
                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                else:
                                                                                                                                                                                                                    pass
                                                                                                                                                                                                            else:
                                                                                                                                                                                                                pass
                                                                                                                                                                                                        else:
                                                                                                                                                                                                            pass
                                                                                                                                                                                                    else:
                                                                                                                                                                                                        pass
                                                                                                                                                                                                else:
                                                                                                                                                                                                    pass
                                                                                                                                                                                            else:
                                                                                                                                                                                                pass
                                                                                                                                                                                        else:
                                                                                                                                                                                            pass
                                                                                                                                                                                    else:
                                                                                                                                                                                        pass
                                                                                                                                                                                else:
                                                                                                                                                                                    pass
                                                                                                                                                                            else:
                                                                                                                                                                                pass
                                                                                                                                                                        else:
                                                                                                                                                                            pass
                                                                                                                                                                    else:
                                                                                                                                                                        pass
                                                                                                                                                                else:
                                                                                                                                                                    pass
                                                                                                                                                            else:
                                                                                                                                                                pass
                                                                                                                                                        else:
                                                                                                                                                            pass
                                                                                                                                                    else:
                                                                                                                                                        pass
                                                                                                                                                else:
                                                                                                                                                    pass
                                                                                                                                            else:
                                                                                                                                                pass
                                                                                                                                        else:
                                                                                                                                            pass
                                                                                                                                    else:
                                                                                                                                        pass
                                                                                                                                else:
                                                                                                                                    pass
                                                                                                                            else:
                                                                                                                                pass
                                                                                                                        else:
                                                                                                                            pass
                                                                                                                    else:
                                                                                                                        pass
                                                                                                                else:
                                                                                                                    pass
                                                                                                            else:
                                                                                                                pass
                                                                                                        else:
                                                                                                            pass
                                                                                                    else:
                                                                                                        pass
                                                                                                else:
                                                                                                    pass
                                                                                            else:
                                                                                                pass
                                                                                        else:
                                                                                            pass
                                                                                    else:
                                                                                        pass
                                                                                else:
                                                                                    pass
                                                                            else:
                                                                                pass
                                                                        else:
                                                                            pass
                                                                    else:
                                                                        pass
                                                                else:
                                                                    pass
                                                            else:
                                                                pass
                                                        else:
                                                            pass
                                                    else:
                                                        pass
                                                else:
                                                    pass
                                            else:
                                                pass
                                        else:
                                            pass
                                    else:
                                        pass
                                else:
                                    pass
                            else:
                                pass
                        else:
                            pass
                    else:
                        pass
                else:
                    pass
            else:
                pass
        else:
            pass
    else:
        pass
    print('blocks')
except Exception as e:
    print('caught', type(e).__name__)
def chunk():
    e = None
    for i in range(20000):
        try:
            try:
                1 / 0
            finally:
                raise ValueError(i)
        except Exception as x:
            e = x
    print(repr(e)[:40])
chunk()
try:
    s = '\ufb01' * 100000
    print(len(s.split()))
    print(sorted(set(s))[:3])
finally:
    print('finally')
