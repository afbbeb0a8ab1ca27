//! Micro-benchmarks of VM operations: each runs a small Python snippet (compiled once) on a
//! fresh VM, so a regression in one operation shows without the whole `cargo xtask bench`
//! suite. Every snippet loops 10,000 times over the operation it names; the reported time
//! divided by 10,000 is the cost of one operation including the loop around it.

use criterion::{Criterion, criterion_group, criterion_main};
use tauraro_bytecode::BytecodeModule;
use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::Dialect;
use tauraro_vm::Vm;

/// The Rust stack the VM may use for nested runs: the benchmark thread's default.
const RUST_STACK: usize = 2 << 20;

const SNIPPETS: &[(&str, &str)] = &[
    (
        "int_arithmetic",
        "def f():\n    t = 0\n    for i in range(10000):\n        t = (t + i * 3) % 1000003\n    return t\nf()\n",
    ),
    (
        "float_arithmetic",
        "def f():\n    t = 0.0\n    for i in range(10000):\n        t = t * 0.5 + 1.25\n    return t\nf()\n",
    ),
    (
        "function_call",
        "def g(a, b):\n    return a\ndef f():\n    for i in range(10000):\n        g(i, 2)\nf()\n",
    ),
    (
        "method_call",
        "class C:\n    def m(self, a):\n        return a\ndef f():\n    c = C()\n    for i in range(10000):\n        c.m(i)\nf()\n",
    ),
    (
        "attribute_get_set",
        "class P:\n    def __init__(self):\n        self.x = 0\ndef f():\n    p = P()\n    for i in range(10000):\n        p.x = p.x + 1\nf()\n",
    ),
    (
        "instance_creation",
        "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\ndef f():\n    for i in range(10000):\n        P(i, i)\nf()\n",
    ),
    (
        "list_append_index",
        "def f():\n    xs = []\n    for i in range(10000):\n        xs.append(i)\n        xs[i // 2]\nf()\n",
    ),
    (
        "dict_get_set",
        "def f():\n    d = {}\n    for i in range(10000):\n        d[i & 255] = d.get(i & 255, 0) + 1\nf()\n",
    ),
    (
        "str_concat_format",
        "def f():\n    s = ''\n    for i in range(10000):\n        s = f'{i}:{i * 2:>6}'\n    return s\nf()\n",
    ),
    (
        "generator_iteration",
        "def gen(n):\n    for i in range(n):\n        yield i\ndef f():\n    t = 0\n    for v in gen(10000):\n        t += v\nf()\n",
    ),
    (
        "exception_raise_catch",
        "def f():\n    for i in range(10000):\n        try:\n            raise ValueError(i)\n        except ValueError:\n            pass\nf()\n",
    ),
    (
        "sort_with_key",
        "xs = [(i * 7919) % 10007 for i in range(10000)]\nsorted(xs, key=lambda x: -x)\n",
    ),
];

fn compile(name: &str, text: &str) -> BytecodeModule {
    let db = Database::default();
    let file = SourceFile::program(&db, format!("{name}.py"), text.to_owned(), Dialect::Python);
    compile_file(&db, file).unwrap_or_else(|errors| panic!("{name}: {errors:?}"))
}

fn vm_operations(c: &mut Criterion) {
    let mut group = c.benchmark_group("vm_ops");
    group.sample_size(20);
    for (name, text) in SNIPPETS {
        let module = compile(name, text);
        group.bench_function(*name, |b| {
            b.iter(|| {
                let mut vm = Vm::new(RUST_STACK);
                let outcome = vm.run_module(&module, "__main__");
                assert!(outcome.is_ok(), "{name} raised");
            })
        });
    }
    group.finish();
}

criterion_group!(benches, vm_operations);
criterion_main!(benches);
