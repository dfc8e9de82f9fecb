# Automatic collection: allocating containers past the threshold collects
# cycles without a gc.collect() call; gc.disable() stops that.
import gc

freed = 0

class Cycle:
    def __init__(self):
        self.me = self

    def __del__(self):
        global freed
        freed += 1

for i in range(20000):
    Cycle()
print("freed automatically:", freed > 15000)
gc.collect()
print("all freed:", freed)

gc.disable()
freed = 0
for i in range(20000):
    Cycle()
print("freed while disabled:", freed)
print("collect:", gc.collect())
print("freed:", freed)
gc.enable()

gc.set_threshold(0)
freed = 0
for i in range(5000):
    Cycle()
print("threshold 0:", freed)
gc.set_threshold(700)
gc.collect()
print("freed:", freed)

# A cycle waiting in generation 0 is collected when enough containers
# are allocated after it, in the middle of the loop.
class Loud:
    def __del__(self):
        print("collected automatically")

x = Loud()
x.me = x
del x
print("allocating")
keep = [[] for _ in range(5000)]
print("allocated", len(keep))
