//! Property tests with a small deterministic generator: for random bytes, random token soups
//! and mutated real files, parsing never panics and the tree's text equals the input.

use std::path::Path;

use tauraro_syntax::{Dialect, Lexed, parse};

/// xorshift64*: small, deterministic, good enough for fuzzing.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn check(text: &str) {
    for dialect in [Dialect::Python, Dialect::Tauraro] {
        let parse = parse(text, dialect);
        assert_eq!(
            parse.syntax_node().to_string(),
            text,
            "not lossless for {text:?}"
        );
        for e in parse.errors() {
            assert!(
                usize::from(e.range.end()) <= text.len(),
                "error range out of bounds"
            );
        }
    }
}

/// The `.py`/`.tr` files under test_data, as seeds.
fn seeds() -> Vec<String> {
    let mut out = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("py" | "tr")) {
                out.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    out.sort();
    assert!(out.len() > 50);
    out
}

const ALPHABET: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    "->",
    ":=",
    "@",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "~",
    "^",
    "&",
    "|",
    "<<",
    ">>",
    "<",
    ">",
    "==",
    "!=",
    "!",
    "+=",
    "**=",
    "\n",
    "\n    ",
    "\n        ",
    "\t",
    " ",
    " ",
    " ",
    "\\\n",
    "#c\n",
    "x",
    "y",
    "_",
    "1",
    "0x1",
    "1.5",
    "2j",
    "'s'",
    "\"s\"",
    "'''t'''",
    "f'",
    "f\"",
    "'",
    "\"",
    "\"\"\"",
    "{x}",
    "f'{x!r:>{w}}'",
    "if",
    "elif",
    "else",
    "for",
    "in",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "try",
    "except",
    "finally",
    "with",
    "lambda",
    "not",
    "and",
    "or",
    "is",
    "None",
    "await",
    "async",
    "match",
    "case",
    "type",
    "pass",
    "del",
    "global",
    "idan",
    "kokuma idan",
    "aiki",
    "ko",
    "é",
    "€",
    "\u{a0}",
    "\r\n",
    "\r",
    "`",
    "$",
    "?",
    "<>",
];

#[test]
fn random_bytes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..5000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len)
            .map(|_| match rng.below(4) {
                0 => rng.below(256) as u8,
                _ => {
                    let chars = b" \n\t()[]{}:'\"\\#fxr=+-*.,0123456789";
                    chars[rng.below(chars.len())]
                }
            })
            .collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_token_soup() {
    let mut rng = Rng(42);
    for _ in 0..6000 {
        let n = rng.below(40);
        let text: String = (0..n)
            .map(|_| ALPHABET[rng.below(ALPHABET.len())])
            .collect();
        check(&text);
    }
}

#[test]
fn mutated_real_files() {
    let seeds = seeds();
    let mut rng = Rng(7);
    for _ in 0..5000 {
        let seed = &seeds[rng.below(seeds.len())];
        let mutated = match rng.below(2) {
            0 => mutate_tokens(seed, &mut rng),
            _ => mutate_bytes(seed, &mut rng),
        };
        check(&mutated);
    }
}

fn mutate_tokens(text: &str, rng: &mut Rng) -> String {
    let lexed = Lexed::new(text, Dialect::Tauraro);
    let mut toks: Vec<&str> = lexed.tokens().map(|t| &text[t.range]).collect();
    if toks.is_empty() {
        return text.to_owned();
    }
    for _ in 0..1 + rng.below(4) {
        let i = rng.below(toks.len());
        match rng.below(4) {
            0 => {
                toks.remove(i);
            }
            1 => toks.insert(i, toks[i]),
            2 => {
                let j = rng.below(toks.len());
                toks.swap(i, j);
            }
            _ => toks.insert(i, ALPHABET[rng.below(ALPHABET.len())]),
        }
        if toks.is_empty() {
            break;
        }
    }
    toks.concat()
}

fn mutate_bytes(text: &str, rng: &mut Rng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        if bytes.is_empty() {
            break;
        }
        let i = rng.below(bytes.len());
        match rng.below(3) {
            0 => {
                bytes.remove(i);
            }
            1 => bytes.insert(i, bytes[i]),
            _ => {
                let j = rng.below(bytes.len());
                bytes.swap(i, j);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}
