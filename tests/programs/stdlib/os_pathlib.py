from pathlib import Path, PurePath
import tempfile

p = Path("a/b/c.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts)
print(Path("/usr/lib") / "python3" / "x.py", Path("a") / Path("b"), "root" / Path("x"))
print(Path("/"), Path("/").parts, Path(".").name, Path("a/./b//c/"), Path())
print(p.with_suffix(".zip"), p.with_name("d.txt"), Path("x.py").with_stem("y"))
print(list(p.parents), Path("/a/b").parent, Path("/").parent)
print(Path("/a/b/c").relative_to("/a"), Path("/x").is_absolute(), Path("x").is_absolute())
print(Path("a/b") == Path("a//b/"), Path("a") < Path("b"), sorted([Path("b"), Path("a")]))
print(Path("a/b.py").match("*.py"), Path("a/b.py").match("a/*.py"), Path("a/b.py").match("c/*.py"))
print(PurePath("x/y"), str(Path("q")), Path("a/b").as_posix())

base = Path(tempfile.mkdtemp())
print(base.is_dir(), base.exists(), base.is_file())
data = base / "data"
data.mkdir()
(data / "one.txt").write_text("first\nfile\n")
(data / "two.txt").write_text("second")
(data / "three.log").write_bytes(b"\x00log")
print((data / "one.txt").read_text().splitlines(), (data / "three.log").read_bytes())
print(sorted(p.name for p in data.iterdir()))
print(sorted(p.name for p in data.glob("*.txt")), sorted(p.name for p in data.glob("t*")))
deep = base / "x" / "y" / "z"
deep.mkdir(parents=True)
deep.mkdir(parents=True, exist_ok=True)
try:
    deep.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
(deep / "leaf.txt").write_text("leaf")
print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.txt")))
print((data / "one.txt").stat().st_size, (data / "missing").exists())
try:
    (data / "missing").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
resolved = (data / ".." / "data" / "one.txt").resolve()
print(resolved == (data / "one.txt"), resolved.is_absolute())
for f in list(data.iterdir()):
    f.unlink()
data.rmdir()
(deep / "leaf.txt").unlink()
(deep / "gone.txt").unlink(missing_ok=True)
deep.rmdir()
deep.parent.rmdir()
deep.parent.parent.rmdir()
base.rmdir()
print(base.exists())
