x: int = 1
y: list
(z): int = 2
obj.a: int = 3
