//! Lex + parse into the rowan tree over the CPython standard library (throughput in bytes).
//! Skips (with a message) when python3 is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tauraro_syntax::{Dialect, lex, parse};

fn corpus() -> Option<Vec<String>> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    (!texts.is_empty()).then_some(texts)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(
                name.as_str(),
                "site-packages" | "test" | "tests" | "__pycache__"
            ) {
                collect(&path, out);
            }
        } else if name.ends_with(".py") {
            out.push(path);
        }
    }
}

fn bench(c: &mut Criterion) {
    let Some(texts) = corpus() else {
        eprintln!("parse benchmark skipped: python3 and its standard library are needed");
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("stdlib");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("lex", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| lex(t, Dialect::Python).len())
                .sum::<usize>()
        })
    });
    group.bench_function("parse", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| parse(t, Dialect::Python).errors().len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
