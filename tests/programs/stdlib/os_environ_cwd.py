import os

print(isinstance(os.getpid(), int), os.getpid() > 0)
print("PATH" in os.environ, "TAURARO_SURELY_UNSET" in os.environ)
print(os.environ.get("TAURARO_SURELY_UNSET"), os.getenv("TAURARO_SURELY_UNSET", "default"))
os.environ["TAURARO_TEST_VAR"] = "value 1"
print(os.environ["TAURARO_TEST_VAR"], os.getenv("TAURARO_TEST_VAR"))
del os.environ["TAURARO_TEST_VAR"]
print(os.getenv("TAURARO_TEST_VAR"))
try:
    os.environ["TAURARO_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
start = os.getcwd()
print(os.path.isabs(start))
os.chdir("..")
print(os.getcwd() == os.path.dirname(start))
os.chdir(start)
print(os.getcwd() == start)
try:
    os.chdir("no_such_folder_here")
except FileNotFoundError as e:
    print(e)
print(os.path.exists(__file__), os.path.basename(__file__))
