# Names starting with two underscores are private to their class:
# __x inside class A is stored and looked up as _A__x.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def __audit(self):
        return f'audit {self.owner}'

    def balance(self):
        return self.__balance, self.__audit()

acct = Account('ann', 100)
print(acct.balance())
print(sorted(vars(acct)))
try:
    print(acct.__balance)
except AttributeError as e:
    print('AttributeError:', e)
print(acct._Account__balance, acct._Account__audit())
print([k for k in Account.__dict__ if 'audit' in k])

# a subclass's private names do not clash with its base's
class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = 'savings-only'
        self.__rate = rate
    def rate(self):
        return self.__rate
sv = Savings('bob', 50, 0.02)
print(sorted(vars(sv)), sv.balance(), sv.rate())

# dunder names and names with a trailing __ are not mangled
class Dunder:
    __version__ = '1.0'
    def __repr__(self):
        return 'Dunder()'
print(Dunder.__version__, repr(Dunder()))

# parameters, class variables, nested classes and comprehensions
class Cfg:
    __default = 5
    class __Inner:
        pass
    def get(self, __value=None):
        return __value if __value is not None else self.__default
    @classmethod
    def many(cls):
        return [cls.__default * i for i in range(3)]
print(Cfg().get(), Cfg().get(7), Cfg.many())
print(Cfg._Cfg__default, Cfg._Cfg__Inner.__name__, Cfg._Cfg__Inner.__qualname__)
try:
    Cfg().get(__value=1)
except TypeError as e:
    print('TypeError:', e)

# getattr with the plain name does not mangle
class G:
    def __init__(self):
        self.__v = 1
g = G()
print(getattr(g, '_G__v'), getattr(g, '__v', 'missing'), hasattr(g, '__v'))

# outside a class nothing is mangled; a leading-underscore class name is stripped
def plain():
    __local = 'plain'
    return __local
print(plain())
class _Under:
    def __init__(self):
        self.__p = 1
print(sorted(vars(_Under())))
