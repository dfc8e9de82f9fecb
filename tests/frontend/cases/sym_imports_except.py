import os.path
from m import a as b
def f():
    import sys
    try:
        pass
    except E as err:
        pass
