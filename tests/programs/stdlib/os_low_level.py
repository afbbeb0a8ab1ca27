import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "raw")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(isinstance(fd, int), os.write(fd, b"hello world"))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 3))
print(os.fstat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.open(os.path.join(folder, "none"), os.O_RDONLY)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.strerror(2), os.strerror(13))
print(len(os.urandom(8)))
os.unlink(path)
os.rmdir(folder)
