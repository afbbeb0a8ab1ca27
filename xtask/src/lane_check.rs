//! `cargo xtask lane-check [BINARY]`: checks that the release interpreter's threaded fast lane
//! (`tauraro_vm::interpreter::threaded`) passes control between its handlers by jumps.
//!
//! Stable Rust cannot demand a tail call; the lane relies on the optimiser turning each
//! handler's final call of the next handler into a jump. A handler where it did not (a value
//! with a destructor still alive at the call, say) would grow the Rust stack by one frame per
//! instruction run in the lane, and a long loop would overflow it. So this reads the
//! disassembly (`objdump`) of the built binary and fails if any function of the lane makes
//! an indirect call other than through the global offset table (`call *...(%rip)`, calls of
//! shared-library functions such as `free`): the handler table is only ever jumped through.

use std::process::Command;

/// The symbol prefix of the lane's functions.
const LANE_PREFIX: &str = "tauraro_vm::interpreter::threaded::";

/// Checks `binary` (default `target/release/tauraro`); `Ok(false)` when a handler calls.
pub fn run(args: &[String]) -> Result<bool, String> {
    let binary = args
        .first()
        .cloned()
        .unwrap_or_else(|| "target/release/tauraro".to_string());
    let output = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn", "-C", &binary])
        .output()
        .map_err(|err| format!("cannot run objdump (binutils): {err}"))?;
    if !output.status.success() {
        return Err(format!(
            "objdump failed on {binary}: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let listing = String::from_utf8_lossy(&output.stdout);
    let (functions, offences) = indirect_calls_in_lane(&listing);
    if functions == 0 {
        return Err(format!(
            "{binary} has no functions of the threaded lane ({LANE_PREFIX}*): not a release build of tauraro?"
        ));
    }
    for offence in &offences {
        eprintln!("lane-check: {offence}");
    }
    if offences.is_empty() {
        println!("lane-check: {functions} lane functions, every handler continues by a jump");
    }
    Ok(offences.is_empty())
}

/// Counts the lane's functions in an `objdump -d -C` listing and lists their indirect calls
/// that are not through the global offset table.
fn indirect_calls_in_lane(listing: &str) -> (usize, Vec<String>) {
    let mut functions = 0;
    let mut offences = Vec::new();
    let mut current: Option<&str> = None;
    for line in listing.lines() {
        // A function starts with `ADDRESS <NAME>:`.
        if let Some(name) = line
            .split_once(" <")
            .and_then(|(_, rest)| rest.strip_suffix(">:"))
        {
            current = name.strip_prefix(LANE_PREFIX).map(|_| name);
            functions += usize::from(current.is_some());
            continue;
        }
        let Some(function) = current else { continue };
        let instruction = line.split_once(':').map_or("", |(_, text)| text.trim());
        if instruction.starts_with("call")
            && instruction.contains('*')
            && !instruction.contains("(%rip)")
        {
            offences.push(format!("{function} calls indirectly: {}", line.trim()));
        }
    }
    (functions, offences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jumps_pass_and_table_calls_fail() {
        let listing = "\
0000000000001000 <tauraro_vm::interpreter::threaded::add>:
    1000:\tmovzbl (%rdi),%eax
    1004:\tjmp    *(%r8,%rax,8)
    1008:\tcall   *0xd0818(%rip)        # 8cb4c8 <free@GLIBC_2.2.5>

0000000000002000 <tauraro_vm::interpreter::threaded::call_global>:
    2000:\tcall   *(%rax,%r9,8)

0000000000003000 <tauraro_vm::other>:
    3000:\tcall   *(%rax,%r9,8)
";
        let (functions, offences) = indirect_calls_in_lane(listing);
        assert_eq!(functions, 2);
        assert_eq!(offences.len(), 1);
        assert!(offences[0].contains("threaded::call_global"));
    }
}
