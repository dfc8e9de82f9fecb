# The command parser of the PEP 636 tutorial (an adventure game), step by
# step: literal words, captures, star patterns, OR with AS, guards, class
# patterns for events (written without dataclasses).
class Room:
    def __init__(self, name, exits):
        self.name = name
        self.exits = exits

class Character:
    def __init__(self):
        self.room = Room("hall", ["north", "east"])
        self.inventory = []
    def get(self, obj):
        print(f"you pick up the {obj}")
        self.inventory.append(obj)
    def drop(self, obj):
        if obj in self.inventory:
            self.inventory.remove(obj)
            print(f"you drop the {obj}")
        else:
            print(f"you have no {obj}")
    def move(self, direction):
        print(f"you go {direction}")

current_room = Room("hall", ["north", "east"])
character = Character()

def run(command):
    print(">", command)
    match command.split():
        case [action]:
            match action:
                case "quit":
                    print("Goodbye!")
                    return False
                case "look":
                    print(f"you are in the {current_room.name}")
                case "inventory" | "inv" | "i":
                    print("you carry:", ", ".join(character.inventory) or "nothing")
                case _:
                    print(f"Sorry, I don't understand {action!r}")
        case ["go", direction] if direction in current_room.exits:
            character.move(direction)
        case ["go", _]:
            print("Sorry, you can't go that way")
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            character.get(obj)
        case ["drop", *objects]:
            for obj in objects:
                character.drop(obj)
        case ["north"] | ["go", "north"]:
            character.move("north")
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            character.move(direction)
        case []:
            print("say something")
        case _:
            print(f"Sorry, I couldn't understand {command!r}")
    return True

for line in ["look", "get sword", "pick up lamp", "pick key up", "inventory", "go north",
             "go west", "drop sword key bread", "i", "", "dance wildly now", "xyzzy", "quit"]:
    if not run(line):
        break

# events with class patterns
class Click:
    __match_args__ = ("position", "button")
    def __init__(self, position, button):
        self.position = position
        self.button = button

class KeyPress:
    __match_args__ = ("key_name",)
    def __init__(self, key_name):
        self.key_name = key_name

class Quit:
    pass

class Button:
    LEFT = 0
    RIGHT = 1

def handle(event):
    match event:
        case Click(position=(x, y), button=Button.LEFT):
            print(f"left click at {x}, {y}")
        case Click((x, y), Button.RIGHT):
            print(f"context menu at {x}, {y}")
        case KeyPress(key_name="Q") | Quit():
            print("quitting")
        case KeyPress(key_name="up arrow"):
            print("moving up")
        case KeyPress():
            print("ignoring key", event.key_name)
        case other_event:
            raise ValueError(f"Unrecognized event: {other_event!r}")

for ev in [Click((1, 2), Button.LEFT), Click((3, 4), Button.RIGHT), KeyPress("Q"), Quit(),
           KeyPress("up arrow"), KeyPress("x"), Click((0, 0), 7)]:
    try:
        handle(ev)
    except ValueError as e:
        print("error:", str(e).split(" object at")[0])

# mappings from a JSON-like message
def action(msg):
    match msg:
        case {"text": str(message), "color": str(c)}:
            print(f"text {message!r} in {c}")
        case {"sleep": float(duration) | int(duration)}:
            print(f"sleep for {duration}")
        case {"sound": str(url), "format": "ogg"}:
            print(f"play {url}")
        case {"sound": _, "format": _}:
            print("Unsupported audio format")
for m in [{"text": "hi", "color": "blue"}, {"sleep": 2}, {"sleep": 0.5},
          {"sound": "a.ogg", "format": "ogg"}, {"sound": "b.mp3", "format": "mp3"}]:
    action(m)
