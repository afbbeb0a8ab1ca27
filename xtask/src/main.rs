//! `cargo xtask`: project automation (code generation, benchmarks against CPython).

fn main() {
    eprintln!("usage: cargo xtask <codegen|bench>");
    std::process::exit(2);
}
