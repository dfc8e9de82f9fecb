# gc's switches and counters: enable/disable/isenabled, the thresholds,
# is_tracked, and CPython's messages for bad arguments.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(int), gc.is_tracked(lambda: 0))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks, gc.get_debug())
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(gc.collect, 3)
attempt(gc.collect, -1)
attempt(gc.collect, "2")
attempt(gc.collect, 1.0)
attempt(gc.collect, 2**70)
attempt(gc.collect, gen=0)
attempt(gc.collect, 0, 1)
attempt(gc.set_threshold)
attempt(gc.set_threshold, 1, 2, 3, 4)
attempt(gc.set_threshold, "a")
attempt(gc.set_threshold, 2**40)
attempt(gc.set_threshold, 700, x=1)
attempt(gc.get_threshold, 1)
attempt(gc.isenabled, 1)
attempt(gc.enable, 1)
attempt(gc.is_tracked)
attempt(gc.is_tracked, 1, 2)
attempt(gc.get_objects, 3)
attempt(gc.get_objects, -2)
attempt(gc.get_objects, "x")
attempt(gc.set_debug)
attempt(gc.set_debug, "x")
attempt(gc.get_count, 1)
attempt(gc.get_referents, x=1)
print(gc.get_threshold())
