//! End-to-end latency of the language server, measured as an editor sees it: the release
//! server binary runs as a child process and this client times, over its stdio,
//!
//! * initial open of a 5,000-line file: `didOpen` → `publishDiagnostics`;
//! * a one-character edit inside one function: `didChange` (incremental) → `publishDiagnostics`;
//! * `semanticTokens/full` and `documentSymbol` right after an edit.
//!
//! Run with `cargo bench -p tauraro-lsp --bench lsp_latency`; prints median, p90, min and max
//! of the wall-clock latency and, because a shared machine's load inflates wall-clock times,
//! of the CPU time the server spent on each operation (all its threads, from
//! `/proc/PID/task/*/schedstat`, in nanoseconds; Linux only). A measurement, not a test:
//! nothing here fails on a slow machine.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const LINES: usize = 5_000;
const OPENS: usize = 7;
const EDITS: usize = 201;

/// A 5,000-line module of classes with methods and plain functions, loops, comprehensions,
/// docstrings and strings: what a large real file looks like.
fn big_module() -> String {
    let mut text = String::from(
        "\"\"\"A large module for latency measurements.\"\"\"\nimport math\n\nLIMIT = 100\n\n\n",
    );
    let mut group = 0;
    while text.lines().count() < LINES - 30 {
        text.push_str(&format!(
            r#"class Shape{group}:
    """Shape number {group}."""

    sides = {group}

    def __init__(self, width, height=2.0):
        self.width = width
        self.height = height

    def area(self, scale=1.0):
        """The area, scaled."""
        return self.width * self.height * scale

    def describe(self):
        parts = [str(p) for p in (self.width, self.height) if p]
        return f"Shape{group}({{', '.join(parts)}})"


def compute{group}(values, factor={group}):
    """Sum of the scaled values above the limit."""
    total = 0
    for value in values:
        if value > LIMIT:
            total += value * factor
        elif value < 0:
            total -= math.sqrt(-value)
        else:
            total += 1
    return total


"#
        ));
        group += 1;
    }
    while text.lines().count() < LINES {
        text.push_str("x = 1\n");
    }
    text
}

struct Server {
    stdin: std::process::ChildStdin,
    incoming: Receiver<Value>,
    child: std::process::Child,
    next_id: i64,
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

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tauraro-lsp"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, incoming) = channel();
        thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        Server {
            stdin,
            incoming,
            child,
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let text = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{text}", text.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn wait(&self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .incoming
                .recv_timeout(Duration::from_secs(120))
                .expect("the server answers");
            if wanted(&message) {
                return message;
            }
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.wait(|m| m["id"] == id && m.get("method").is_none())
    }

    fn diagnostics_for(&self, uri: &str, version: i64) -> Value {
        self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        })
    }
}

/// CPU time the process has used so far, summed over its threads (0 where `/proc` lacks it).
fn cpu_time(pid: u32) -> Duration {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Duration::ZERO;
    };
    let nanos: u64 = tasks
        .flatten()
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    Duration::from_nanos(nanos)
}

/// Wall-clock and server CPU time of one operation.
#[derive(Default)]
struct Samples {
    wall: Vec<Duration>,
    cpu: Vec<Duration>,
}

impl Samples {
    fn time<R>(&mut self, pid: u32, operation: impl FnOnce() -> R) -> R {
        let cpu = cpu_time(pid);
        let started = Instant::now();
        let result = operation();
        self.wall.push(started.elapsed());
        self.cpu.push(cpu_time(pid).saturating_sub(cpu));
        result
    }

    fn report(self, name: &str) {
        summary(&format!("{name} (wall)"), self.wall);
        summary(&format!("{name} (server CPU)"), self.cpu);
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn summary(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = samples[samples.len() / 2];
    let p90 = samples[samples.len() * 9 / 10];
    println!(
        "{name:<55} median {:>8.2} ms   p90 {:>8.2} ms   min {:>8.2} ms   max {:>8.2} ms   (n={})",
        ms(median),
        ms(p90),
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
        samples.len()
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this too, briefly.
    let quick = !std::env::args().any(|a| a == "--bench");
    let text = big_module();
    let line_count = text.lines().count();
    let mut server = Server::start();
    server.request("initialize", json!({ "capabilities": {} }));
    server.notify("initialized", json!({}));

    let pid = server.child.id();
    let load_before = load_average();
    let opens = if quick { 1 } else { OPENS };
    let mut open_times = Samples::default();
    for i in 0..opens {
        let uri = format!("file:///virtual/big{i}.py");
        let published = open_times.time(pid, || {
            server.notify(
                "textDocument/didOpen",
                json!({ "textDocument": {
                    "uri": uri, "languageId": "python", "version": 1, "text": text,
                }}),
            );
            server.diagnostics_for(&uri, 1)
        });
        let diagnostics = &published["params"]["diagnostics"];
        assert_eq!(diagnostics, &json!([]), "the module is valid");
    }

    // Edit inside `compute{n}` in the middle of the file: its `total = 0` becomes `total = 1`
    // and back, one character each time.
    let uri = "file:///virtual/big0.py";
    let middle = text.lines().count() / 2;
    let line = text
        .lines()
        .enumerate()
        .skip(middle)
        .find(|(_, l)| l.trim() == "total = 0")
        .map(|(i, _)| i)
        .expect("a function in the middle");
    let column = text.lines().nth(line).unwrap().find('0').unwrap();
    let edits = if quick { 3 } else { EDITS };
    let mut edit_times = Samples::default();
    let mut token_times = Samples::default();
    let mut symbol_times = Samples::default();
    for version in 2..(2 + edits as i64) {
        let digit = if version % 2 == 0 { "1" } else { "0" };
        let change = json!({
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{
                "range": {
                    "start": { "line": line, "character": column },
                    "end": { "line": line, "character": column + 1 },
                },
                "text": digit,
            }],
        });
        let published = edit_times.time(pid, || {
            server.notify("textDocument/didChange", change);
            server.diagnostics_for(uri, version)
        });
        assert_eq!(published["params"]["diagnostics"], json!([]));
        if version % 10 == 0 {
            let document = json!({ "textDocument": { "uri": uri } });
            let tokens = token_times.time(pid, || {
                server.request("textDocument/semanticTokens/full", document.clone())
            });
            let data = tokens["result"]["data"].as_array();
            assert!(data.is_some_and(|d| !d.is_empty()));
            symbol_times.time(pid, || {
                server.request("textDocument/documentSymbol", document)
            });
        }
    }
    server.request("shutdown", Value::Null);
    server.notify("exit", Value::Null);
    let _ = server.child.wait();
    let load_after = load_average();
    println!("file: {line_count} lines, {} bytes", text.len());
    println!("load average before: {load_before}; after: {load_after}");
    open_times.report("initial open (didOpen -> diagnostics)");
    edit_times.report("one-char edit (didChange -> diagnostics)");
    if !token_times.wall.is_empty() {
        token_times.report("semanticTokens/full after an edit");
        symbol_times.report("documentSymbol after an edit");
    }
}
