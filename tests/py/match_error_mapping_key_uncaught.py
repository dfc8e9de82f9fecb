class Keys:
    first = "same"
    second = "same"

match {"same": 1, "other": 2}:
    case {Keys.first: 1, Keys.second: _}:
        print("matched")
