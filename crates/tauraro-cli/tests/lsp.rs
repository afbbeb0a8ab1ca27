//! `tauraro lsp` starts the language server of `tauraro-lsp` on stdio (its features are tested
//! in that crate): a session of initialize, didOpen, publishDiagnostics, shutdown and exit.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

fn frame(message: Value) -> Vec<u8> {
    let text = message.to_string();
    format!("Content-Length: {}\r\n\r\n{text}", text.len()).into_bytes()
}

fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

#[test]
fn tauraro_lsp_serves_a_session_over_stdio() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(["lsp", "--stdio"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let uri = "file:///virtual/cli.tr";
    for message in [
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "tauraro", "version": 1, "text": "aiki f(:\n    maido 1\n"}}}),
        json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
        json!({"jsonrpc": "2.0", "method": "exit"}),
    ] {
        stdin.write_all(&frame(message)).unwrap();
    }
    stdin.flush().unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut messages = Vec::new();
    while let Some(message) = read_frame(&mut reader) {
        messages.push(message);
    }
    assert!(
        child.wait().unwrap().success(),
        "exit status 0 after shutdown"
    );
    assert_eq!(messages[0]["id"], 1);
    assert_eq!(messages[0]["result"]["serverInfo"]["name"], "tauraro-lsp");
    let diagnostics = messages
        .iter()
        .find(|m| m["method"] == "textDocument/publishDiagnostics")
        .expect("diagnostics are published");
    assert_eq!(diagnostics["params"]["uri"], uri);
    assert_eq!(
        diagnostics["params"]["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(messages.last().unwrap()["id"], 2);
}

#[test]
fn tauraro_lsp_rejects_unknown_options() {
    let status = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(["lsp", "--tcp"])
        .stdin(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(2));
}
