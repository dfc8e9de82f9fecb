# Validating input with fullmatch, as tutorials do: e-mail addresses, phone
# numbers, passwords, dates; and extracting with search/findall.
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
for s in ["john.doe@example.com", "a+b@mail.co.uk", "bad@", "@bad.com", "x@y.z", "no spaces@x.com"]:
    print(f"{s!r:22} email={bool(EMAIL.fullmatch(s))}")

PHONE = re.compile(r"(\+\d{1,3}[ -]?)?\(?\d{3}\)?[ -]?\d{3}[ -]?\d{4}")
for s in ["555-123-4567", "(555) 123 4567", "+1 555 123 4567", "12-34"]:
    print(f"{s!r:20} phone={PHONE.fullmatch(s) is not None}")

def strong(pw):
    checks = [r".{8,}", r".*[A-Z]", r".*[a-z]", r".*\d", r".*[^\w\s]"]
    return all(re.match(c, pw) for c in checks)
for pw in ["short1!", "alllowercase1!", "GoodPassw0rd!", "NoDigits!!", "Sp4ce d!"]:
    print(pw, strong(pw))

DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
text = "Due 3/14/2024, paid 03/15/2024; next 12/1/2024."
for m in DATE.finditer(text):
    month, day, year = map(int, m.groups())
    print(f"{year:04d}-{month:02d}-{day:02d}", m.span())
print(DATE.sub(lambda m: "{2}-{0:0>2}-{1:0>2}".format(*m.groups()), text))

url = "https://www.example.com:8080/path/to/page?query=1&x=y#frag"
m = re.match(r"(?P<scheme>\w+)://(?P<host>[^/:]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?"
             r"(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?", url)
print(m.groupdict())
print(dict(re.findall(r"(\w+)=(\w+)", m["query"])))
print(re.split(r"[/.]", m["host"] + m["path"]))
hashtags = re.findall(r"#(\w+)", "Loving #Python and #regex! #100DaysOfCode")
print(hashtags)
print(re.sub(r"\s{2,}", " ", "too    many     spaces"))
print(re.sub(r"(?i)\bpython\b", "Python", "python PYTHON pythonic Python"))
