import sys
def main():
    try:
        print("working")
        sys.exit(0)
    finally:
        print("finally runs on exit")
main()
print("not reached")
