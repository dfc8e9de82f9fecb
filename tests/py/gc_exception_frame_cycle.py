# An exception kept in a local refers to its traceback, which refers to
# the frame holding that local: a cycle the collector frees.
import gc

class Resource:
    def __del__(self):
        print("resource freed")

def keep_error():
    r = Resource()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return None

keep_error()
print("returned")
print(gc.collect() > 0)
print("end")
