async def fetch():
    return 1

def main():
    fetch()
    print("after")

main()
print("end")
