# frozen=True: FrozenInstanceError on assignment and deletion, hashing,
# replace(), and the inheritance rules.
from dataclasses import dataclass, FrozenInstanceError, replace
import dataclasses

@dataclass(frozen=True)
class Config:
    __annotations__ = {"host": str, "port": int}
    port = 80

c = Config("localhost")
print(c, hash(c) == hash(("localhost", 80)), {c: "ok"}[Config("localhost", 80)])
for action in ("assign", "delete", "new attribute"):
    try:
        if action == "assign":
            c.port = 8080
        elif action == "delete":
            del c.host
        else:
            c.extra = 1
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(replace(c, port=443), c)
print(FrozenInstanceError.__mro__, dataclasses.FrozenInstanceError.__module__)

try:
    @dataclass
    class Mutable(Config):
        __annotations__ = {"debug": bool}
        debug = False
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Base:
    __annotations__ = {"x": int}

try:
    @dataclass(frozen=True)
    class Frozen(Base):
        __annotations__ = {"y": int}
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class Custom:
        __annotations__ = {"v": int}
        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print(type(e).__name__, e)
