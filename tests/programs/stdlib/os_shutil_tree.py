import os
import shutil
import tempfile

base = tempfile.mkdtemp()
for rel in ["a/1.txt", "a/b/2.txt", "a/b/c/3.txt", "d/4.txt"]:
    full = os.path.join(base, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(rel)
shutil.copy(os.path.join(base, "d", "4.txt"), os.path.join(base, "a"))
print(sorted(os.listdir(os.path.join(base, "a"))))
count = 0
for folder, dirs, files in os.walk(base):
    count += len(files)
print("files:", count)
shutil.rmtree(os.path.join(base, "a"))
print(os.listdir(base))
shutil.rmtree(base)
print(os.path.exists(base))
