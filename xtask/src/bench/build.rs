//! Building the release `tauraro` binary and finding it, and asking each implementation for
//! its version.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `cargo build --release` of the CLI, then the binary's path in the target directory that
/// cargo itself reports (so `CARGO_TARGET_DIR` and `.cargo/config.toml` are honoured).
pub fn build_release_tauraro(root: &Path) -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "-p",
            "tauraro-cli",
            "--bin",
            "tauraro",
        ])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build --release failed ({status})"));
    }
    let metadata = Command::new(&cargo)
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !metadata.status.success() {
        return Err(format!("cargo metadata failed ({})", metadata.status));
    }
    let json = String::from_utf8_lossy(&metadata.stdout);
    let target_dir = json_string_field(&json, "target_directory")
        .ok_or("cargo metadata printed no target_directory")?;
    let binary = Path::new(&target_dir).join("release").join("tauraro");
    if !binary.is_file() {
        return Err(format!("built, but {} does not exist", binary.display()));
    }
    Ok(binary)
}

/// The first line an implementation prints for `--version` (CPython: `Python 3.11.2`).
pub fn version_of(program: &Path) -> Result<String, String> {
    let output = Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} --version failed ({})",
            program.display(),
            output.status
        ));
    }
    // Old CPythons print the version on stderr.
    let text = if output.stdout.is_empty() {
        output.stderr
    } else {
        output.stdout
    };
    Ok(String::from_utf8_lossy(&text)
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .to_string())
}

/// The value of the first `"key":"..."` string member in a JSON document, unescaped. Enough
/// for `cargo metadata`, whose top-level `target_directory` is the only member of that name.
fn json_string_field(json: &str, key: &str) -> Option<String> {
    let needle = format!("\"{key}\":\"");
    let start = json.find(&needle)? + needle.len();
    let mut value = String::new();
    let mut chars = json[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                'r' => value.push('\r'),
                'b' => value.push('\u{8}'),
                'f' => value.push('\u{c}'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => value.push(other),
            },
            c => value.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_string_member_of_cargo_metadata() {
        let json =
            r#"{"packages":[],"target_directory":"/work/target \"x\"\\y\u0041","version":1}"#;
        assert_eq!(
            json_string_field(json, "target_directory").as_deref(),
            Some("/work/target \"x\"\\yA")
        );
        assert_eq!(json_string_field(json, "workspace_root"), None);
        assert_eq!(
            json_string_field(r#"{"target_directory":"unterminated"#, "target_directory"),
            None
        );
    }
}
