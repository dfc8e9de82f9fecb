# An error raised by a default_factory while a dataclass is made: the
# traceback shows the program's frames around the generated __init__.
from dataclasses import dataclass, field

def boom():
    raise ValueError("no default")

@dataclass
class P:
    __annotations__ = {"x": int, "y": list}
    y = field(default_factory=boom)

print(P(1, [2]))
P(1)
