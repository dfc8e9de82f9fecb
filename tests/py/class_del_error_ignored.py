class Bad:
    def __del__(self):
        print("del running")
        raise ValueError("from __del__")
b = Bad()
b = None
print("program continues")
class Revive:
    saved = []
    def __del__(self):
        print("reviving")
        Revive.saved.append(self)
r = Revive()
r = None
print(len(Revive.saved))
