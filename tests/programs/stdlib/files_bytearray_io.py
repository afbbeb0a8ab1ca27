import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "chunks.bin")
payload = bytearray()
for i in range(5):
    payload += bytes([i]) * (i + 1)
    payload.append(255)
print(payload, len(payload))
with open(path, "wb") as f:
    print(f.write(payload))
collected = bytearray()
with open(path, "rb") as f:
    while True:
        chunk = f.read(4)
        if not chunk:
            break
        collected.extend(chunk)
print(collected == payload, bytes(collected) == bytes(payload), collected.count(b"\xff"))
collected[0:1] = b"XY"
print(collected[:6], collected.find(b"\x04"), collected.hex()[:12])
text = bytearray("grüße\n", "utf-8")
text += "welt".encode()
print(text.decode(), text.decode().upper(), b"pre-" + text)
print(text.startswith(b"gr"), text.split(b"\n"), text.strip(b"t"))
os.remove(path)
os.rmdir(folder)
