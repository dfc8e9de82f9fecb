f"{d['key']}"
f'{d["key"]}'
f"""{"nested"}"""
f"{x if x else 'no'}"
f"{ {1: 2}[1] }"
f"{[i for i in y]}"
