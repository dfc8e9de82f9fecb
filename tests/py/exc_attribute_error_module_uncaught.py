import math
math.fabss(1)
