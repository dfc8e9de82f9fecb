class K:
    def method(self, xs):
        return [self.conv(x) for x in xs]
    def conv(self, x):
        f = lambda v: 10 // v
        return f(x)
def run():
    g = (K().method([1, v]) for v in [2, 0])
    return list(g)
run()
