# A tutorial-style program: a report from string.Template and textwrap,
# with an IntFlag for permissions.
import string
import textwrap
from enum import IntFlag, auto

class Perm(IntFlag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()

row = string.Template("| $name | ${perms} | $size KB |")
files = [("notes.txt", Perm.READ | Perm.WRITE, 12), ("run.sh", Perm.READ | Perm.EXECUTE, 1),
         ("data.bin", Perm(0), 2048)]
for name, perms, size in files:
    print(row.substitute(name=name.ljust(10), perms=repr(perms).ljust(24), size=size))
print([p.name for p in Perm], Perm.WRITE in files[0][1], int(files[1][1]))
summary = ("This report lists every file together with its permission flags and its size. "
           "Files without any permission are flagged so that an administrator can "
           "review them before the nightly backup job copies them elsewhere.")
print(textwrap.fill(summary, width=40, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.indent(textwrap.dedent("""
    Next steps:
      1. review data.bin
      2. rerun the job
"""), "> "))
print(textwrap.shorten(summary, 50))
print(string.capwords("the END of the report"), string.ascii_uppercase[:5], len(string.printable))
