# choices with and without weights, cumulative weights and k.
import random

random.seed(8)
print(random.choices("abc"))
print(random.choices("abc", k=10))
print(random.choices(["red", "black", "green"], [18, 18, 2], k=12))
print(random.choices(["red", "black", "green"], cum_weights=[18, 36, 38], k=12))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=8))
print(random.choices([1, 2, 3], [0, 0, 1], k=5))
print(random.choices([1, 2, 3], [1, 0, 0], k=5))
print(random.choices("xy", [True, True], k=6))
print(random.choices("ab", k=0))
