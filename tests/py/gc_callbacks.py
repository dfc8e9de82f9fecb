# gc.callbacks: each is called with "start" and "stop" and an info dict.
import gc

def cb(phase, info):
    print(phase, info["generation"], info["collected"], info["uncollectable"])

gc.callbacks.append(cb)
x = []
x.append(x)
del x
print(gc.collect())
print(gc.collect(0))
gc.callbacks.remove(cb)
print(gc.collect())

def bad(phase, info):
    raise ValueError(phase)

gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print("done")
