WHO = "the program's own random.py"
