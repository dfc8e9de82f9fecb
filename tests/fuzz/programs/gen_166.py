# proggen: max-steps 200000 max-memory 33554432
import sys
def chunk():
    import contextlib
    if True:
        if True:
            pass
        finally:
            pass
    finally:
        pass
    print('blocks')
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
