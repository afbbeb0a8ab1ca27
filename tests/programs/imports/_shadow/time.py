WHO = "the program's own time.py"
