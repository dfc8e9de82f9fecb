# proggen: max-steps 200000 max-memory 268435456
import sys
import contextlib
with contextlib.suppress(Exception):
    def g():
        try:
            yield
        except GeneratorExit:
            pass
    def g2():
        yield 0
    gens = []
    for i in range(65536):
        gens.append(g().__next__)
    print(len(gens))
    for x in gens:
        x.close()
try:
    y = (lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)(1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
    print(type(y).__name__)
finally:
    print('finally')
