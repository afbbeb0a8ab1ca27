//! MT19937, the Mersenne Twister of Matsumoto and Nishimura, seeded and consumed exactly as
//! CPython's `_random` module does, so that `random.seed(n)` gives CPython's sequences.

use num_bigint::BigUint;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state.
#[derive(Clone)]
pub(crate) struct MersenneTwister {
    state: [u32; N],
    index: usize,
}

impl MersenneTwister {
    /// The reference `init_genrand`.
    fn from_seed(seed: u32) -> MersenneTwister {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            state[i] = 1_812_433_253u32
                .wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        MersenneTwister { state, index: N }
    }

    /// The reference `init_by_array`.
    pub(crate) fn from_key(key: &[u32]) -> MersenneTwister {
        let mut mt = MersenneTwister::from_seed(19_650_218);
        let state = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        let key_length = key.len().max(1);
        for _ in 0..N.max(key_length) {
            let previous = state[i - 1] ^ (state[i - 1] >> 30);
            state[i] = (state[i] ^ previous.wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
            if j >= key_length {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = state[i - 1] ^ (state[i - 1] >> 30);
            state[i] = (state[i] ^ previous.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x8000_0000;
        mt
    }

    /// Seeds from a non-negative int as CPython does: its 32-bit words, least significant
    /// first (at least one word, so 0 seeds with `[0]`).
    pub(crate) fn from_int(seed: &BigUint) -> MersenneTwister {
        let mut key = seed.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        MersenneTwister::from_key(&key)
    }

    /// The next 32 random bits (`genrand_uint32`).
    pub(crate) fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.generate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn generate(&mut self) {
        let mag01 = [0u32, MATRIX_A];
        let state = &mut self.state;
        for k in 0..N {
            let y = (state[k] & UPPER_MASK) | (state[(k + 1) % N] & LOWER_MASK);
            state[k] = state[(k + M) % N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
        }
        self.index = 0;
    }

    /// A float in `[0, 1)` with 53 random bits (`random.random()`).
    pub(crate) fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k > 0`: 32-bit words from the least significant up, the last
    /// one keeping only its top bits.
    pub(crate) fn random_bits(&mut self, bits: u64) -> BigUint {
        if bits <= 32 {
            return BigUint::from(self.next_u32() >> (32 - bits));
        }
        let words = (bits - 1) / 32 + 1;
        let mut remaining = bits;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.next_u32();
            if remaining < 32 {
                r >>= 32 - remaining;
            }
            digits.push(r);
            remaining = remaining.saturating_sub(32);
        }
        BigUint::from_slice(&digits)
    }

    /// The state as `getstate()` shows it: the 624 words and the position.
    pub(crate) fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// Restores a state from `setstate()`; None if it is not a valid one.
    pub(crate) fn from_state(words: &[u32], index: usize) -> Option<MersenneTwister> {
        let state: [u32; N] = words.try_into().ok()?;
        (index <= N).then_some(MersenneTwister { state, index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_output_of_init_by_array() {
        // The first outputs of mt19937ar.c's test driver, keyed with [0x123, 0x234, 0x345, 0x456].
        let mut mt = MersenneTwister::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn cpython_random_after_seed_42() {
        // `random.seed(42); random.random()` in CPython.
        let mut mt = MersenneTwister::from_int(&BigUint::from(42u32));
        assert_eq!(mt.next_f64(), 0.6394267984578837);
    }
}
