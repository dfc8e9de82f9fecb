# typing.IO / TextIO / BinaryIO for annotations and subclassing, and
# typing.Pattern / typing.Match as aliases of re's classes.
import re
import typing
from typing import IO, TextIO, BinaryIO, Pattern, Match, AnyStr, get_type_hints

def copy_lines(src: IO[str], dst: TextIO) -> int:
    return 0

print(IO, TextIO, BinaryIO, IO[str], IO[bytes], IO.__parameters__, TextIO.__parameters__)
print(TextIO.__mro__, BinaryIO.__orig_bases__)
print(get_type_hints(copy_lines))
print(Pattern, Match, Pattern[str], Match[bytes], typing.Pattern is Pattern)
print(Pattern.__origin__ is re.Pattern, isinstance(re.compile("a"), Pattern),
      isinstance(re.match("a", "a"), Match), isinstance("a", Pattern))

def find(p: "Pattern[str]", text: str) -> "typing.Optional[Match[str]]":
    return p.search(text)
print(get_type_hints(find))

class Sink(TextIO):
    def write(self, s):
        return len(s)
print(Sink().write("abc"), isinstance(Sink(), IO), IO[AnyStr])
try:
    typing.NoSuchThing
except AttributeError as e:
    print(type(e).__name__, e)
