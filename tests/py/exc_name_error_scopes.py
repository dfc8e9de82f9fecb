total_count = 10
def f():
    local_value = 1
    try:
        print(local_valeu)
    except NameError as e:
        print(e)
    try:
        print(total_cuont)
    except NameError as e:
        print(e)
    try:
        lenn([1])
    except NameError as e:
        print(e)
    try:
        print(zzzzqqq)
    except NameError as e:
        print(e, e.name)
f()
def g():
    helper_number = 5
    return helper_nuber
g()
