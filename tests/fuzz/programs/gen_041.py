# proggen: max-steps 200000 max-memory 4194304
import sys
for _ in range(2):
    class A:
        def f(self):
            return 0
    B = A
    for i in range(500):
        class B(B):
            def f(self):
                return super().f() + 1
    print(B().f())
