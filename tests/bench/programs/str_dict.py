# Building strings and a dict: N keys made with f-strings, joined and counted.
counts = {}
parts = []
for i in range(N):
    key = f"k{i % 1000}"
    counts[key] = counts.get(key, 0) + 1
    parts.append(key)
text = ",".join(parts)
print(len(counts), len(text))
