# The class statement: keywords go to __init_subclass__, decorators run
# bottom-up, metaclass=type is accepted, __class__ and super() work in
# methods, the docstring and __qualname__ are set.
def deco(tag):
    def apply(cls):
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return apply


class Base:
    def __init_subclass__(cls, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor


@deco("outer")
@deco("inner")
class Child(Base, flavor="sweet", metaclass=type):
    """A child."""
    def who(self):
        return __class__.__qualname__, type(self).__name__

    class Inner:
        pass


print(Child.flavor, Child.tags, Child.__doc__, Child.Inner.__qualname__, Child().who())
bases = (Base,)
kw = {"flavor": "sour"}


class Other(*bases, **kw):
    pass


print(Other.flavor, Other.__mro__[1].__name__)
