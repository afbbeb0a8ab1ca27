//! `bytes`: an immutable byte string.

/// A Python `bytes` object.
pub struct PyBytes {
    pub bytes: Box<[u8]>,
}

impl PyBytes {
    pub fn new(bytes: impl Into<Box<[u8]>>) -> PyBytes {
        PyBytes {
            bytes: bytes.into(),
        }
    }

    /// Hash compatible in spirit with `str`'s: FNV-1a over the bytes, never -1.
    pub fn hash(&self) -> i64 {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for &byte in self.bytes.iter() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        let result = hash as i64;
        if result == -1 { -2 } else { result }
    }
}
