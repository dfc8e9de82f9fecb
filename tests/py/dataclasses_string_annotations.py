# Annotations written as strings: ClassVar, InitVar and KW_ONLY are still
# recognised when the name (or module.name) resolves in the class's
# module; other strings are plain fields and show quoted in __doc__.
import dataclasses
import typing
from dataclasses import InitVar, KW_ONLY, dataclass, fields


@dataclass
class Config:
    name: 'str'
    scale: 'InitVar[int]' = 1
    offset: 'dataclasses.InitVar[int]' = 0
    registry: 'typing.ClassVar[dict]' = {}
    _: 'KW_ONLY' = None
    debug: 'bool' = False

    def __post_init__(self, scale, offset):
        self.size = len(self.name) * scale + offset


c = Config('abc', 2, 1, debug=True)
print(c, c.size, Config.registry)
kinds = {n: f._field_type for n, f in Config.__dataclass_fields__.items()}
print(kinds)
print(Config.__doc__, Config.__match_args__)
print([f.name for f in fields(Config)])


@dataclass
class NotImported:
    # ClassVar is not a name in this module, so this is a plain field
    count: 'ClassVar[int]' = 0

print(NotImported(), NotImported.__dataclass_fields__['count']._field_type)


@dataclass
class Annotated:
    items: list[int]
    mapping: typing.Dict[str, typing.List[int]]
    maybe: typing.Optional[int] = None
    where: 'Config' = None

print(Annotated.__doc__)
print(repr(InitVar[int]), repr(InitVar[list[int]]), repr(InitVar['x']))
