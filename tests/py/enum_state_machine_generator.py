# An Enum state machine driven by a generator (a tutorial-style program).
from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}

def machine():
    state = State.IDLE
    while state is not State.STOPPED:
        event = yield state
        nxt = TRANSITIONS.get((state, event))
        if nxt is None:
            print(f"  ignoring {event!r} in {state.name}")
        else:
            print(f"  {state} --{event}--> {nxt}")
            state = nxt
    return state

m = machine()
print("initial:", next(m))
try:
    for event in ["pause", "start", "pause", "resume", "jump", "stop", "start"]:
        print("now:", m.send(event))
except StopIteration as done:
    print("finished in", repr(done.value))
counts = {s: 0 for s in State}
for s in [State.IDLE, State.RUNNING, State.RUNNING, State.STOPPED]:
    counts[s] += 1
print(counts)
print(max(State, key=lambda s: counts[s]).name)
