print("before")
with open("this_file_does_not_exist.cfg") as f:
    print(f.read())
