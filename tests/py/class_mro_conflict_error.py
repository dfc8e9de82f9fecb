# Bases that cannot be linearised, or whose instances cannot share a layout.
class A: pass
class B(A): pass
class X: pass
class Y: pass

def attempt(make):
    try:
        cls = make()
        print('made', cls.__name__, [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(type(e).__name__ + ':', e)

def inconsistent():
    class C(A, B): pass
    return C
attempt(inconsistent)

def crossed():
    class P(X, Y): pass
    class Q(Y, X): pass
    class R(P, Q): pass
    return R
attempt(crossed)

def duplicate():
    class D(A, A): pass
    return D
attempt(duplicate)

def layout_int_str():
    class E(int, str): pass
    return E
attempt(layout_int_str)

def layout_list_dict():
    class F(list, dict): pass
    return F
attempt(layout_list_dict)

def layout_exc():
    class G(int, Exception): pass
    return G
attempt(layout_exc)

def compatible():
    class H(ValueError, TypeError): pass
    return H
attempt(compatible)

def with_object():
    class I(int, object): pass
    return I
attempt(with_object)

def same_builtin_twice():
    class L(list): pass
    class M(L, list): pass
    return M
attempt(same_builtin_twice)

def not_a_base():
    class N(bool): pass
    return N
attempt(not_a_base)

def not_a_type():
    return type('O', (A, 1), {})
attempt(not_a_type)

def via_type():
    return type('T', (B, A), {})
attempt(via_type)

def via_type_bad():
    return type('U', (A, B), {})
attempt(via_type_bad)
