import types
def gen():
    yield 1
def func():
    pass
async def coro():
    pass
class C:
    def method(self):
        pass
g = gen()
print(isinstance(g, types.GeneratorType), isinstance(func, types.FunctionType))
print(isinstance(C().method, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.GeneratorType, types.FunctionType)
print(type(g) is types.GeneratorType, isinstance(func, types.GeneratorType))
c = coro()
print(isinstance(c, types.CoroutineType), types.CoroutineType)
c.close()
print(isinstance((x for x in []), types.GeneratorType), isinstance(lambda: 0, types.LambdaType))
print(types.NoneType, isinstance(None, types.NoneType))
