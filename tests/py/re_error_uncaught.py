# An uncaught re.error: the traceback ends with the qualified name and the
# message with its position.
import re

print(re.findall(r"\d+", "a1b22"))
re.compile(r"(?P<name>\w+")
