# Run-length encoding and decoding of strings and lists.
def rle_encode(s):
    if not s:
        return []
    runs = []
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current = ch
            count = 1
    runs.append((current, count))
    return runs


def rle_decode(runs):
    return "".join(ch * n for ch, n in runs)


def rle_to_string(runs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)


def rle_from_string(text):
    runs = []
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        else:
            runs.append((ch, int(digits) if digits else 1))
            digits = ""
    return runs


samples = ["", "a", "aaabccdddd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abcabc", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz!"]
for s in samples:
    runs = rle_encode(s)
    packed = rle_to_string(runs)
    back = rle_decode(rle_from_string(packed))
    ratio = len(packed) / len(s) if s else 0
    print(repr(s[:20]), runs[:4], repr(packed), back == s, f"{ratio:.2f}")
bits = [0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0]
print(rle_encode(bits), rle_encode(tuple("xxy")))
print(rle_from_string("12a3b1c"), rle_decode(rle_from_string("3x2y1z")))
