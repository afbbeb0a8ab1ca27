# Nested conditionals and loops with early returns.
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, val in enumerate(row):
            if val == target:
                return (r, c)
            elif val > target:
                break
    return None

m = [[1, 3, 5], [2, 4, 8], [6, 7, 9]]
for t in [1, 4, 7, 10, 8]:
    print(t, search(m, t))

def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if letter != "F" and score % 10 >= 7:
        letter += "+"
    elif letter != "F" and score % 10 <= 2:
        letter += "-"
    return letter

print([grade(s) for s in [99, 91, 85, 80, 77, 72, 50, 100]])
