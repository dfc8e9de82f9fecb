# issue 10 reproducer: max-steps 200000 max-memory 268435456
# An endless __del__ run at exit must be stopped by the step budget.
class A:
    def __del__(self):
        while True:
            pass
a = A()
print('end')
