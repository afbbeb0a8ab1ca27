# Hand-written encoders: base64, run-length, Huffman coding and CRC-32 over bytes.

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)


def b64decode(text):
    data = b""
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for ch in quad.rstrip("="):
            n = (n << 6) | B64.index(ch)
        n <<= 6 * pad
        data += n.to_bytes(3, "big")[:3 - pad]
    return bytes(data)


def rle_encode(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)


def rle_decode(data):
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))


def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a[2], b[2])))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix or "0"
    walk(nodes[0][2], "")
    return codes


def crc32(data):
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def main():
    samples = [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode("utf-8"), bytes(range(250, 256))]
    for s in samples:
        enc = b64encode(s)
        print(f"{s!r:<40} {enc:<20} {b64decode(enc) == s}")
    raw = b"aaaaabbbcdddddddddd" + b"\x00" * 300 + b"xyz"
    packed = rle_encode(raw)
    print(len(raw), len(packed), packed[:12], rle_decode(packed) == raw)
    print(packed.hex(), list(packed[-6:]))
    text = "abracadabra alakazam"
    codes = huffman_codes(text)
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(repr(ch), codes[ch])
    bits = "".join(codes[ch] for ch in text)
    print(len(bits), "bits vs", 8 * len(text), bits[:32])
    decode = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for bit in bits:
        cur += bit
        if cur in decode:
            out.append(decode[cur])
            cur = ""
    print("".join(out) == text)
    for s in [b"", b"a", b"The quick brown fox jumps over the lazy dog", bytes(100)]:
        print(f"{crc32(s):08x}", hex(crc32(s)))
    ba = b"J" + b"hello"[1:] + b"!!"
    print(ba, ba.decode(), ba.upper(), ba.find(b"l"), b"-".join([b"a", b"b"]))
    print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), b"abc"[1], b"abc"[1:])


main()
