assert True, "never"
assert 1 == 1
try:
    assert 1 == 2
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("message:", e)
calls = []
def msg():
    calls.append(1)
    return "computed"
assert True, msg()
print("message evaluated only on failure:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = 3
assert x > 5, f"x is {x}"
