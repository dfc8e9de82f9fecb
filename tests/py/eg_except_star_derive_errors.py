# When a group's derive() fails or returns something that is not a group
# while except* splits it, that error replaces the group (the group is its
# context).
class Failing(ExceptionGroup):
    def derive(self, excs):
        raise RuntimeError("derive failed")

class NotAGroup(ExceptionGroup):
    def derive(self, excs):
        return 5

for cls in (Failing, NotAGroup):
    try:
        try:
            raise cls("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("not reached")
    except Exception as e:
        print(cls.__name__, "->", repr(e), "| context:", repr(e.__context__))
