//! Prints the syntax tree and errors of a file: `cargo run --example dump -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(&path).expect("cannot read file");
    let dialect = tauraro_syntax::Dialect::from_path(std::path::Path::new(&path));
    let parse = tauraro_syntax::parse(&text, dialect);
    print!("{}", parse.debug_dump());
}
