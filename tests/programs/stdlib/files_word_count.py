"""wc-like statistics over files written to a temporary folder."""
import os
import tempfile

texts = {
    "alpha.txt": "the quick brown fox\njumps over\nthe lazy dog\n",
    "beta.txt": "lorem ipsum dolor sit amet\n\n\nconsectetur adipiscing elit",
    "gamma.md": "# Title\n\nSome *markdown* text.\n",
}
folder = tempfile.mkdtemp()
for name, text in texts.items():
    with open(os.path.join(folder, name), "w") as f:
        f.write(text)

totals = [0, 0, 0]
for name in sorted(os.listdir(folder)):
    path = os.path.join(folder, name)
    lines = words = chars = 0
    with open(path) as f:
        for line in f:
            lines += line.endswith("\n")
            words += len(line.split())
            chars += len(line)
    totals = [totals[0] + lines, totals[1] + words, totals[2] + chars]
    print(f"{lines:4d} {words:4d} {chars:5d} {name}")
print(f"{totals[0]:4d} {totals[1]:4d} {totals[2]:5d} total")
longest = max(os.listdir(folder), key=lambda n: os.path.getsize(os.path.join(folder, n)))
print("largest:", longest, os.path.getsize(os.path.join(folder, longest)))
txt = [n for n in os.listdir(folder) if os.path.splitext(n)[1] == ".txt"]
print(sorted(txt))
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
