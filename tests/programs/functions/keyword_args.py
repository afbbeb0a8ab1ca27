# Calling with keyword arguments in any order.
def describe(name, age, city="unknown", job="none"):
    return f"{name} ({age}) from {city}, job: {job}"

print(describe("Ifeoma", 30))
print(describe(age=41, name="Kunle"))
print(describe("Sadiq", 25, job="pilot"))
print(describe("Bisi", city="Ibadan", age=52, job="judge"))
opts = {"city": "Jos", "job": "chef"}
print(describe("Emeka", 33, **opts))
print(sorted([3, 1, 2], reverse=True), print("inline", sep="", end="|\n"))
print("a", "b", "c", sep="-", end=".\n")
print("no newline", end="")
print(" continued")
print(sep="x")
print("multi", 1, 2.0, None, sep="")
