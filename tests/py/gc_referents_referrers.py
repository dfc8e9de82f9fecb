# get_referents / get_referrers / get_objects / is_finalized / freeze.
import gc

print(gc.get_referents([1, "a", (2,)]))
print(gc.get_referents((3, 4), [5]))
print(gc.get_referents(1, "x"))
print(gc.get_referents({"k": 9}))
box = ["payload"]
holder = {"box": box}
refs = gc.get_referrers(box)
print(any(r is holder for r in refs))
print(type(gc.get_objects()).__name__, len(gc.get_objects()) > 0, len(gc.get_objects(0)) >= 0)
print(any(o is holder for o in gc.get_objects()))

class F:
    def __del__(self):
        pass

f = F()
print(gc.is_finalized(f))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
