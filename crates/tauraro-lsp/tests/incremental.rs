//! Incrementality of the server, counted in salsa executions: after a one-character edit inside
//! one function of a 200-function file, answering diagnostics, semantic tokens and document
//! symbols re-parses the file once and re-lowers, re-analyses and re-indexes only that
//! function. The server runs in-process on a database that logs every query execution.

use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};
use tauraro_hir::Database;
use tauraro_lsp::{Exit, Server};

const FUNCTIONS: usize = 200;
const URI: &str = "file:///virtual/many.py";

fn module_text() -> String {
    let mut text = String::from("\"\"\"A module with many functions.\"\"\"\n\n");
    for i in 0..FUNCTIONS {
        text.push_str(&format!(
            "def f{i}(x):\n    y = x * 2\n    return y + {i}\n\n"
        ));
    }
    text.push_str("print(f7(1))\n");
    text
}

/// The line of `return y + 100` in function 100.
fn return_line_of(function: usize) -> u32 {
    2 + 4 * function as u32 + 2
}

struct Session {
    client: Connection,
    log: Arc<Mutex<Vec<String>>>,
    server: thread::JoinHandle<Exit>,
    next_id: i32,
}

impl Session {
    fn start() -> Session {
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        let db = Database::with_execution_log(move |query| sink.lock().unwrap().push(query));
        let (server_side, client) = Connection::memory();
        let server = thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || Server::new(server_side, db).run())
            .unwrap();
        let mut session = Session {
            client,
            log,
            server,
            next_id: 1,
        };
        session.request("initialize", json!({ "capabilities": {} }));
        session.notify("initialized", json!({}));
        session
    }

    fn notify(&self, method: &str, params: Value) {
        self.client
            .sender
            .send(Notification::new(method.to_owned(), params).into())
            .unwrap();
    }

    fn receive(&self) -> Message {
        self.client
            .receiver
            .recv_timeout(Duration::from_secs(120))
            .expect("the server answers")
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = RequestId::from(self.next_id);
        self.next_id += 1;
        self.client
            .sender
            .send(Request::new(id.clone(), method.to_owned(), params).into())
            .unwrap();
        loop {
            if let Message::Response(response) = self.receive()
                && response.id == id
            {
                return response.response_result.expect("the request succeeds");
            }
        }
    }

    fn wait_diagnostics(&self) -> Value {
        loop {
            if let Message::Notification(n) = self.receive()
                && n.method == "textDocument/publishDiagnostics"
            {
                return n.params;
            }
        }
    }

    /// Diagnostics (already published), semantic tokens and document symbols: the work an
    /// editor asks for after each keystroke.
    fn refresh(&mut self) {
        let document = json!({ "textDocument": { "uri": URI } });
        let tokens = self.request("textDocument/semanticTokens/full", document.clone());
        assert!(!tokens["data"].as_array().unwrap().is_empty());
        let symbols = self.request("textDocument/documentSymbol", document);
        assert_eq!(symbols.as_array().unwrap().len(), FUNCTIONS);
    }

    fn take_log(&self) -> Vec<String> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }

    fn edit(&mut self, version: i32, line: u32, character: u32, removed: u32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": URI, "version": version },
                "contentChanges": [{
                    "range": {
                        "start": { "line": line, "character": character },
                        "end": { "line": line, "character": character + removed },
                    },
                    "text": text,
                }],
            }),
        );
        let published = self.wait_diagnostics();
        assert_eq!(published["version"], version);
        assert_eq!(published["diagnostics"], json!([]), "{published}");
    }

    fn finish(mut self) {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        assert_eq!(self.server.join().unwrap(), Exit::Clean);
    }
}

fn count(log: &[String], query: &str) -> usize {
    log.iter()
        .filter(|entry| entry.starts_with(&format!("{query}(")))
        .count()
}

/// The items whose per-function queries ran: exactly one, the edited function.
fn items_touched(log: &[String]) -> usize {
    let mut items: Vec<&str> = log
        .iter()
        .filter(|entry| entry.starts_with("item_"))
        .filter_map(|entry| entry.split_once('(').map(|(_, id)| id))
        .collect();
    items.sort_unstable();
    items.dedup();
    items.len()
}

fn open_many() -> Session {
    let mut session = Session::start();
    session.notify(
        "textDocument/didOpen",
        json!({ "textDocument": {
            "uri": URI, "languageId": "python", "version": 1, "text": module_text(),
        }}),
    );
    let published = session.wait_diagnostics();
    assert_eq!(published["diagnostics"], json!([]));
    session.refresh();
    let log = session.take_log();
    assert_eq!(count(&log, "item_lowered"), FUNCTIONS);
    assert_eq!(count(&log, "item_names"), FUNCTIONS);
    session
}

#[test]
fn replacing_one_character_in_one_function_reanalyses_only_that_function() {
    let mut session = open_many();
    // `return y + 100` → `return y + 109` in f100.
    session.edit(2, return_line_of(100), 17, 1, "9");
    session.refresh();
    let log = session.take_log();
    assert_eq!(count(&log, "parse"), 1, "{log:#?}");
    assert_eq!(count(&log, "item_lowered"), 1, "{log:#?}");
    assert_eq!(count(&log, "item_hir"), 1, "{log:#?}");
    assert_eq!(count(&log, "item_scopes"), 1, "{log:#?}");
    assert_eq!(count(&log, "item_bytecode"), 1, "{log:#?}");
    assert_eq!(count(&log, "item_names"), 1, "{log:#?}");
    assert_eq!(count(&log, "module_names"), 1, "{log:#?}");
    assert_eq!(items_touched(&log), 1, "{log:#?}");
    // Whatever else ran is per file, not per function.
    assert!(log.len() <= 16, "{} executions: {log:#?}", log.len());
    session.finish();
}

#[test]
fn inserting_one_character_shifts_later_functions_without_reanalysing_them() {
    let mut session = open_many();
    // `y = x * 2` → `y = x * 23` in f100: every later function moves by one byte.
    session.edit(2, return_line_of(100) - 1, 13, 0, "3");
    session.refresh();
    let log = session.take_log();
    assert_eq!(count(&log, "parse"), 1, "{log:#?}");
    assert_eq!(count(&log, "item_lowered"), 1, "{log:#?}");
    assert_eq!(count(&log, "item_names"), 1, "{log:#?}");
    assert!(count(&log, "item_bytecode") <= 1, "{log:#?}");
    assert_eq!(items_touched(&log), 1, "{log:#?}");
    assert!(log.len() <= 16, "{} executions: {log:#?}", log.len());
    // The positions after the edit are right: f150's name is where the text says.
    let symbols = session.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": URI } }),
    );
    let f150 = &symbols[150];
    assert_eq!(f150["name"], "f150");
    assert_eq!(
        f150["selectionRange"]["start"],
        json!({ "line": 2 + 4 * 150, "character": 4 })
    );
    session.finish();
}
