# Idioms: enumerate, zip, conditional mapping inside comprehensions.
names = ["ada", "ben", "chi"]
scores = [88, 92, 79]
print([f"{i}:{n}" for i, n in enumerate(names, 1)])
print({n: s for n, s in zip(names, scores) if s > 80})
print([n.title() if s >= 80 else n for n, s in zip(names, scores)])
print([(n, "pass" if s >= 80 else "fail") for n, s in sorted(zip(names, scores), key=lambda p: -p[1])])
print(sum(s for s in scores) / len(scores), [s - min(scores) for s in scores])
