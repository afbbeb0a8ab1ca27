# Undefined global used inside a function.
def report():
    return missing_global * 2

print("calling")
report()
