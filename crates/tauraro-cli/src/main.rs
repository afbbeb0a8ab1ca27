//! `tauraro`, the command-line driver: runs, compiles, checks and disassembles programs.

fn main() {
    eprintln!("tauraro: nothing here yet");
    std::process::exit(2);
}
