# except* may not name an exception group type, and needs exception
# classes; the check happens only when an exception reaches it.
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e, "| context:", repr(e.__context__))

def group_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass

def group_in_tuple():
    try:
        raise ValueError(1)
    except* (TypeError, BaseExceptionGroup):
        pass

def not_a_class():
    try:
        raise ValueError(1)
    except* 5:
        pass

def not_an_exception():
    try:
        raise ValueError(1)
    except* (ValueError, int):
        pass

def never_checked():
    try:
        pass
    except* ExceptionGroup:
        pass
    print("nothing raised: never checked")

for f in (group_type, group_in_tuple, not_a_class, not_an_exception, never_checked):
    attempt(f.__name__, f)
