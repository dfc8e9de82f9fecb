x = "module"
class A:
    x = "class"
    y = [x for _ in range(2)]
    def m(self):
        return x
    def s(self):
        return super().s()
    def c(self):
        return __class__
