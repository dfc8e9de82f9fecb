from __future__ import annotations
import __future__

# With the future import annotations are kept as strings, never evaluated.
def f(a: Undefined, b: list[int] = [], *, c: 'quoted') -> Optional[Thing]:
    return a
print(f.__annotations__)
print(f(1, c=2))

class Node:
    value: int
    next: Node | None = None
    children: dict[str, Node]
print(Node.__annotations__)

total: float = 1.5
print(__annotations__)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.annotations)
print('annotations' in __future__.all_feature_names)
