# Chained generators forming a lazy pipeline.
def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.strip().startswith("#"):
            yield line

def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()

def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n:02d}: {line}"

source = """# config
name = tauraro

# comment
version = 3
  mode = fast  
"""
for out in numbered(non_empty(strip_comments(read_lines(source)))):
    print(out)
def evens(gen):
    for x in gen:
        if x % 2 == 0:
            yield x
def doubled(gen):
    for x in gen:
        yield x * 2
print(list(doubled(evens(range(10)))), sum(doubled(evens(range(100)))))
