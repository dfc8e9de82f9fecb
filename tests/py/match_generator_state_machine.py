# A generator-driven state machine: events are sent in, match picks the
# transition, the new state is yielded back.
def traffic_light():
    state = "red"
    while True:
        event = yield state
        match (state, event):
            case ("red", "timer"):
                state = "green"
            case ("green", "timer"):
                state = "yellow"
            case ("yellow", "timer"):
                state = "red"
            case (_, "emergency"):
                state = "flashing"
            case ("flashing", "reset"):
                state = "red"
            case (s, ("timer" | "reset") as e):
                print(f"  ignored {e!r} in state {s!r}")
            case (_, unknown):
                raise ValueError(f"unknown event {unknown!r}")

light = traffic_light()
print("start:", next(light))
for ev in ["timer", "timer", "reset", "timer", "emergency", "timer", "reset", "timer"]:
    print(f"{ev:>9} ->", light.send(ev))
try:
    light.send("explode")
except ValueError as e:
    print("error:", e)
print("closed:", light.gi_frame is None)

# a tokenizer feeding a parser generator through match
def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*":
                yield ("op", word)
            case w if w.isdigit():
                yield ("num", int(w))
            case _:
                yield ("name", word)

def evaluate(text, env):
    stack = []
    for tok in tokens(text):
        match tok:
            case ("num", n):
                stack.append(n)
            case ("name", name):
                stack.append(env[name])
            case ("op", "+"):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ("op", "-"):
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            case ("op", "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
    match stack:
        case [result]:
            return result
        case []:
            return None
        case [*_, last]:
            return ("leftover", stack)

print(evaluate("1 2 + x *", {"x": 10}))
print(evaluate("", {}))
print(evaluate("1 2 3", {}))
