# Non-ASCII identifiers are normalised with NFKC as CPython's parser does
# (PEP 3131): ligatures, fullwidth and mathematical letters, micro sign.
ﬁ = 3
print(fi)
𝐱 = 5
print(x, 𝐱, 𝑥)
def ｆｕｎｃ(ａ, ﬀ=2):
    return ａ + ff
print(func(a=1, ﬀ=10), ｆｕｎｃ.__name__)
class Ｋ:
    ℌ = 7
print(K.H, Ｋ.ℌ, getattr(K, 'H'))
import math as ｍ
print(m.floor(2.5))
xⁿ = 4
print(xn)
ǆ = 'dž'
print(dž, ǆ)
print([ﬁ for ﬁ in range(2)], fi)
µ = 'micro'
print(μ)
try:
    print(ﬃ)
except NameError as e:
    print(e)
Ⅳ = 4
print(IV)
print(globals().get('ﬁ'), 'fi' in globals())
café = 1
print(café)
