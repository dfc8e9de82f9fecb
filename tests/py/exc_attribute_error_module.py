import math
try:
    math.sqr(4)
except AttributeError as e:
    print("AttributeError:", e)
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
    def distance(self):
        return 0
p = Point()
try:
    p.distanse()
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".uper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.nothing_like_this
except AttributeError as e:
    print("AttributeError:", e)
print(p.z)
