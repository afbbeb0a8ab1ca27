import os
print("listing")
os.listdir("/definitely/not/a/real/folder")
