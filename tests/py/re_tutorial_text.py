# Text processing the way tutorials use re: removing punctuation, word
# counts, sentence splitting, stripping tags, camelCase/snake_case, prices,
# times, CSV fields, whitespace clean-up, IP addresses, DOTALL blocks.
import re
text = "Hello, World! This is a test. Is it working? Yes... it's working! Costs $5.99, $10 and $0.50."
print(re.sub(r"[^\w\s]", "", text))
freq = {}
for w in re.findall(r"[a-z']+", text.lower()):
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(re.split(r"(?<=[.!?]) +", text))
print(re.sub(r"<[^>]+>", "", "<p>Hello <b>bold</b> <a href='x'>link</a></p>"))
for name in ["camelCaseName", "HTTPResponseCode", "simple", "getHTTPResponse"]:
    print(re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower(), re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower())
print(re.findall(r"\$\d+(?:\.\d\d)?", text))
print([m.span() for m in re.finditer(r"\bis\b", text, re.I)])
snake = "hello_big_world"
print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), snake))
print(re.sub(r"(\d+)", lambda m: f"<{int(m.group(1)) + 1}>", "a9 b99 c999"))
print(bool(re.fullmatch(r"[A-Z]{2}\d{2} ?\d{4} ?\d{4}", "GB82 WEST 1234")))
print(re.match(r"^(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]m)?$", "9:05 pm", re.I).groupdict())
csv_line = 'a, "b, c", d,"e"'
print(re.findall(r'\s*("[^"]*"|[^,]*)\s*(?:,|$)', csv_line))
print(re.sub(r"\s+", " ", "  multiple   spaces\tand\nnewlines  ").strip())
print(re.sub(r"(?m)^\s+|\s+$", "", "  line1  \n   line2   "))
print(re.findall(r"(?:\d{1,3}\.){3}\d{1,3}", "ips: 192.168.0.1 and 10.0.0.255, not 1.2.3"))
print(re.search(r"(?s)<body>(.*?)</body>", "<html><body>\nhi\n</body></html>").group(1))
print(re.compile(r"^\s*#").sub("//", "  # comment"))
