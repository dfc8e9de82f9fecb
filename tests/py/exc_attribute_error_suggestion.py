class Box:
    def __init__(self):
        self.contents = []
b = Box()
try:
    b.content
except AttributeError as e:
    print("AttributeError:", e, e.name)
import sys
sys.getrecursionlimt()
