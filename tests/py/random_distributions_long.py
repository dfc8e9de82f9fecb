# Long runs of every distribution for fixed seeds.  The random bits, how
# many each draw consumes (the final state) and the formulas are CPython's.
# uniform and triangular (arithmetic and sqrt) are bit for bit; the others
# are printed to 13 significant digits, because log, exp, pow, sin and cos
# may differ in the last bit from one C library to another (glibc on a CPU
# with FMA and the wasm build's libm do, as CPython builds themselves do).
import random
r = random.Random(2024)
EXACT = {'uniform', 'triangular', 'triangular0', 'triangular_eq'}
def shown(name, x):
    return x if name in EXACT or not isinstance(x, float) else format(x, '.13g')
def run(name, f, n=12):
    print(name, [shown(name, f()) for _ in range(n)])
run("uniform", lambda: r.uniform(-3, 7))
run("triangular", lambda: r.triangular(1, 9, 2))
run("triangular0", lambda: r.triangular())
run("triangular_eq", lambda: r.triangular(4, 4))
run("normal", lambda: r.normalvariate(10, 2))
run("gauss", lambda: r.gauss(-1, 0.5), 13)
run("lognorm", lambda: r.lognormvariate(0, 0.25))
run("expo", lambda: r.expovariate(1.5))
run("expo_neg", lambda: r.expovariate(-2))
run("vonmises", lambda: r.vonmisesvariate(1.0, 4.0))
run("vonmises0", lambda: r.vonmisesvariate(1.0, 0))
run("gamma_big", lambda: r.gammavariate(3.5, 2.0))
run("gamma_one", lambda: r.gammavariate(1.0, 3.0))
run("gamma_small", lambda: r.gammavariate(0.3, 1.0))
run("beta", lambda: r.betavariate(2.0, 5.0))
run("beta_small", lambda: r.betavariate(0.2, 0.3))
run("pareto", lambda: r.paretovariate(3.0))
run("weibull", lambda: r.weibullvariate(2.0, 1.5))
run("randbytes", lambda: r.randbytes(5), 3)
print(r.random(), r.getstate()[1][-1])
