# Xorshift random numbers: a 32-bit xorshift generator, its values folded into a checksum.
MASK32 = 0xFFFFFFFF


def xorshift_checksum(seed, count):
    state = seed
    checksum = 0
    buckets = [0] * 16
    for i in range(count):
        state ^= (state << 13) & MASK32
        state ^= state >> 17
        state ^= (state << 5) & MASK32
        checksum = (checksum + state) & MASK32
        buckets[state & 15] += 1
    return checksum, buckets


checksum, buckets = xorshift_checksum(2463534242, 2000000)
print(checksum)
print(buckets)
