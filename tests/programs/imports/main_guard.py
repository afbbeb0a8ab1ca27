# __name__ is "__main__" only for the program itself
import _greetings

if __name__ == "__main__":
    print("main guard runs, module is", _greetings.__name__)
