//! `.trc` bytecode files: round trips, version refusal, and a property test that feeds
//! thousands of corrupted files to the loader, which must reject them cleanly or hand back a
//! module that passes verification — never panic.

use std::process::Command;

use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::Dialect;

const SAMPLES: &[&str] = &[
    "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(15))\n",
    "xs = [i * i for i in range(10)]\nprint(sum(xs), {k: v for k, v in enumerate(xs)})\n",
    "def f(a, *b, c=3, **d):\n    return a, b, c, d\nprint(f(1, 2, c=4, e=5))\n",
    "s = 0\nfor i in range(100):\n    if i % 7 == 0:\n        continue\n    s += i\nprint(f'{s:>8}')\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\ng = outer()\nprint(g(), g(), 2 ** 70)\n",
];

fn compile(text: &str) -> Vec<u8> {
    let db = Database::default();
    let file = SourceFile::program(&db, "sample.py".into(), text.into(), Dialect::Python);
    let module = compile_file(&db, file).expect("sample compiles");
    tauraro_bytecode::encode_module(&module)
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Rewrites the header checksum so corruption reaches the decoder and verifier.
fn fix_checksum(bytes: &mut [u8]) {
    if bytes.len() >= 16 {
        let crc = tauraro_bytecode::crc32(&bytes[16..]);
        bytes[12..16].copy_from_slice(&crc.to_le_bytes());
        let len = (bytes.len() - 16) as u32;
        bytes[8..12].copy_from_slice(&len.to_le_bytes());
    }
}

fn mutate(rng: &mut Rng, original: &[u8]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    match rng.below(5) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
        }
        1 => {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
        2 => bytes.truncate(rng.below(bytes.len())),
        3 => {
            let at = rng.below(bytes.len());
            let extra: Vec<u8> = (0..1 + rng.below(16)).map(|_| rng.next() as u8).collect();
            bytes.splice(at..at, extra);
        }
        _ => {
            let start = rng.below(bytes.len());
            let end = (start + rng.below(32)).min(bytes.len());
            bytes.drain(start..end);
        }
    }
    if rng.below(4) != 0 {
        fix_checksum(&mut bytes);
    }
    bytes
}

#[test]
fn valid_files_round_trip_through_the_loader() {
    for sample in SAMPLES {
        let bytes = compile(sample);
        let module = tauraro_vm::load_module_bytes(&bytes).expect("valid file loads");
        assert_eq!(tauraro_bytecode::encode_module(&module), bytes);
    }
}

#[test]
fn other_format_versions_are_refused_naming_both_versions() {
    let mut bytes = compile(SAMPLES[0]);
    bytes[4..8].copy_from_slice(&7u32.to_le_bytes());
    let err = tauraro_vm::load_module_bytes(&bytes)
        .unwrap_err()
        .to_string();
    assert!(err.contains("version 7"), "{err}");
    assert!(err.contains("accepts version 6"), "{err}");
}

#[test]
fn corrupted_files_never_crash_the_loader() {
    let originals: Vec<Vec<u8>> = SAMPLES.iter().map(|s| compile(s)).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut rejected, mut accepted) = (0, 0);
    for _ in 0..20_000 {
        let original = &originals[rng.below(originals.len())];
        let bytes = mutate(&mut rng, original);
        match tauraro_vm::load_module_bytes(&bytes) {
            Ok(module) => {
                tauraro_bytecode::verify_module(&module).expect("loaded modules are verified");
                accepted += 1;
            }
            Err(err) => {
                assert!(!err.to_string().is_empty());
                rejected += 1;
            }
        }
    }
    assert!(
        rejected > 10_000,
        "most corruptions are caught ({rejected} rejected)"
    );
    assert!(
        accepted > 0,
        "some corruptions still verify ({accepted} accepted)"
    );
}

#[test]
fn running_corrupted_but_verified_files_never_crashes() {
    let originals: Vec<Vec<u8>> = SAMPLES.iter().map(|s| compile(s)).collect();
    let dir = std::env::temp_dir().join(format!("tauraro-trc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut ran = 0;
    while ran < 40 {
        let original = &originals[rng.below(originals.len())];
        let mut bytes = original.clone();
        // Flip operand bytes only (keep the file decodable), then fix the checksum.
        for _ in 0..1 + rng.below(3) {
            let at = 16 + rng.below(bytes.len() - 16);
            bytes[at] ^= 1 << rng.below(8);
        }
        fix_checksum(&mut bytes);
        if tauraro_vm::load_module_bytes(&bytes).is_err() {
            continue;
        }
        ran += 1;
        let path = dir.join(format!("mutant{ran}.trc"));
        std::fs::write(&path, &bytes).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_tauraro"))
            .arg(&path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break Some(status);
            }
            if std::time::Instant::now() > deadline {
                // An infinite loop is a legitimate behaviour of corrupted code.
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        if let Some(status) = status {
            let code = status.code();
            assert!(
                matches!(code, Some(0) | Some(1)),
                "mutant {} ended with {status:?} (no signal, no internal error allowed)",
                path.display()
            );
        }
    }
}
