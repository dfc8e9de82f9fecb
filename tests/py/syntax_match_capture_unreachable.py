command = "go"
match command:
    case "look":
        print("looking")
    case other:
        print("other", other)
    case "go":
        print("going")
