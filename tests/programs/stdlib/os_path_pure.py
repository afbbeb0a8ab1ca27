import os
import os.path
from os import path

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep)
print(path.join("a", "b", "c.txt"), path.join("/root", "x"), path.join("a/", "b"), path.join("a", "/abs", "c"))
print(path.join("a", ""), path.join("", "b"))
for p in ["a/b/c.txt", "/a/b/", "file", "/", "", "a/.hidden", "x.tar.gz", "dir.d/file", "..", "a//b"]:
    print(repr(p), path.split(p), path.basename(p), repr(path.dirname(p)), path.splitext(p))
for p in ["a//b/./c/..", "/../x", "./", "", "a/b/../../..", "//x//y", "///z"]:
    print(repr(p), path.normpath(p))
print(path.isabs("/x"), path.isabs("x"))
print(path.abspath("a/b") == path.join(os.getcwd(), "a/b"))
print(path.expanduser("~") == os.environ["HOME"], path.expanduser("x/~"))
print(path.expanduser("~/docs") == os.environ["HOME"] + "/docs")
print(path.relpath("/a/b/c", "/a"), path.relpath("/a", "/a/b/c"), path.commonprefix(["abc", "abd"]))
