//! No input makes a feature fail: on broken, odd and adversarial sources, every position-based
//! request at every position of the text (and past the ends of lines), and every whole-document
//! request, gets an answer that is not an internal error. The server runs in-process (a panic
//! inside a feature would come back as `InternalError`, code -32603).

use std::thread;
use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};
use tauraro_hir::Database;
use tauraro_lsp::{Exit, Server};

const SOURCES: &[(&str, &str)] = &[
    ("empty.py", ""),
    ("only_comment.py", "# nothing here\n"),
    ("unclosed.py", "def f(a, b=[1, 2,\n    return a\nclass\n"),
    (
        "lonely.py",
        "def\nclass :\nimport\nfrom . import\nfrom .. import (a,\n@\nlambda: \nglobal\n",
    ),
    (
        "scopes.py",
        "x = 1\ndef outer():\n    y = 2\n    def inner():\n        nonlocal y\n        global x\n        y = x = 3\n        return [y for y in range(x) if (z := y)]\n    class C:\n        y = y\n        def m(self, q=y):\n            return self.q + q\n    return inner, C, z\nnonlocal x\nreturn 5\n",
    ),
    (
        "patterns.py",
        "match p:\n    case Point(x=0, y=yy) | [1, *rest] if rest:\n        print(yy)\n    case {'k': v, **others}:\n        pass\n    case _:\n        pass\n",
    ),
    (
        "strings.py",
        "s = f\"{a!r:>{w}} {b=}\" 'x' \"\"\"\nmulti 😀\nline\"\"\" rb'\\x00'\nt = f'{\n",
    ),
    ("tabs.py", "if x:\n\tif y:\n        z = 1\n\t  w = 2\n"),
    (
        "hausa.tr",
        "iri Mutum:\n    aiki __init__(kai, suna):\n        kai.suna = suna\n    aiki gaisuwa(kai):\n        idan kai.suna:\n            maido kai.suna\n        kokuma idan ba kai:\n            jefa ValueError\n        akasi:\n            maido babu\nduk i cikin range(3):\n    wuce\n",
    ),
    (
        "deep.py",
        "x = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))\n",
    ),
    (
        "decorators.py",
        "import functools as ft, os.path\nfrom .pkg.mod import (a as b, c)\nfrom . import *\n@ft.wraps(b)\n@(d := c)\nasync def g(*, k: int = b, **kw) -> 'T':\n    async with a as (e, [f]):\n        await e\n    del f\n    try:\n        pass\n    except* (ValueError, TypeError) as err:\n        raise err from None\n    finally:\n        yield from kw\n",
    ),
    (
        "controls.py",
        "\u{0}\u{7}\u{feff}def f(\u{2028}):\n  pass\r\n\r\rx = 1\\\n",
    ),
];

struct Session {
    client: Connection,
    server: thread::JoinHandle<Exit>,
    next_id: i32,
}

impl Session {
    fn start() -> Session {
        let (server_side, client) = Connection::memory();
        let server = thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || Server::new(server_side, Database::default()).run())
            .unwrap();
        let mut session = Session {
            client,
            server,
            next_id: 1,
        };
        session.request("initialize", json!({ "capabilities": {} }));
        session.notify("initialized", json!({}));
        session
    }

    fn notify(&self, method: &str, params: Value) {
        let notification = Notification::new(method.to_owned(), params);
        self.client.sender.send(notification.into()).unwrap();
    }

    fn request(&mut self, method: &str, params: Value) -> Response {
        let id = RequestId::from(self.next_id);
        self.next_id += 1;
        let request = Request::new(id.clone(), method.to_owned(), params);
        self.client.sender.send(request.into()).unwrap();
        loop {
            let message = self
                .client
                .receiver
                .recv_timeout(Duration::from_secs(120))
                .expect("the server answers");
            if let Message::Response(response) = message
                && response.id == id
            {
                return response;
            }
        }
    }

    /// Asserts the answer is not an internal error.
    fn check(&mut self, method: &str, params: Value) {
        let response = self.request(method, params.clone());
        if let Err(error) = &response.response_result {
            assert_ne!(error.code, -32603, "{method} {params}: {}", error.message);
        }
    }
}

#[test]
fn every_request_at_every_position_of_odd_sources_answers() {
    let mut session = Session::start();
    for (name, text) in SOURCES {
        let uri = format!("file:///virtual/{name}");
        session.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "python", "version": 1, "text": text }}),
        );
        let document = json!({ "textDocument": { "uri": uri } });
        for method in [
            "textDocument/documentSymbol",
            "textDocument/semanticTokens/full",
            "textDocument/foldingRange",
        ] {
            session.check(method, document.clone());
        }
        let lines: Vec<&str> = text.split('\n').collect();
        for (line, content) in lines.iter().enumerate() {
            let width = content.encode_utf16().count() as u32;
            for character in 0..=width + 2 {
                let position = json!({
                    "textDocument": { "uri": uri },
                    "position": { "line": line, "character": character },
                });
                for method in [
                    "textDocument/definition",
                    "textDocument/hover",
                    "textDocument/prepareRename",
                ] {
                    session.check(method, position.clone());
                }
                let mut references = position.clone();
                references["context"] = json!({ "includeDeclaration": true });
                session.check("textDocument/references", references);
                let mut rename = position.clone();
                rename["newName"] = json!("renamed");
                session.check("textDocument/rename", rename);
            }
        }
    }
    assert_eq!(
        session
            .request("shutdown", Value::Null)
            .response_result
            .ok(),
        Some(Value::Null)
    );
    session.notify("exit", Value::Null);
    assert_eq!(session.server.join().unwrap(), Exit::Clean);
}
