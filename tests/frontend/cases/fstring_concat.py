x = "a" f"{b}" "c" f"d{e}f"
y = f"{a}" "literal"
