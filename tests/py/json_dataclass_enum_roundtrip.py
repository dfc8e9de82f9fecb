# A tutorial-style program: dataclasses and enums saved to JSON and read
# back (default= for the custom types, object_hook to rebuild them).
import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from io import StringIO
from typing import List, Optional

class Role(str, Enum):
    ADMIN = "admin"
    USER = "user"

@dataclass
class Address:
    __annotations__ = {"city": str, "zip": Optional[str]}
    zip = None

@dataclass
class User:
    __annotations__ = {"name": str, "role": Role, "address": Address, "tags": List[str]}
    tags = field(default_factory=list)

users = [User("ann", Role.ADMIN, Address("Paris", "75001"), ["ops"]),
         User("bob", Role.USER, Address("Lyon"))]

def encode(obj):
    if isinstance(obj, Enum):
        return obj.value
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

payload = {"version": 1, "users": [asdict(u) for u in users]}
text = json.dumps(payload, indent=2, sort_keys=True)
print(text)
print(json.dumps(payload, default=encode)[:60])

def decode(d):
    if "city" in d:
        return Address(**d)
    if "role" in d:
        return User(d["name"], Role(d["role"]), d["address"], d["tags"])
    return d

buf = StringIO()
json.dump(payload, buf)
buf.seek(0)
restored = json.load(buf, object_hook=decode)
print(restored["users"])
print(restored["users"] == users, restored["users"][0].role is Role.ADMIN)
