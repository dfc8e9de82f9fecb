x = 1 $ 2 ? 3 ! `4`
print(x) ) ]
def (:
class 1A:
lambda: yield
x = = 3
'unterminated
"""also unterminated
