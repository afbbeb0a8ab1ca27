//! The server as an editor sees it: a child process speaking JSON-RPC over stdio. One test per
//! feature, each asserting the responses.

mod common;

use std::path::PathBuf;

use common::{Client, at, position_in, range_in, uri, workspace_dir};
use serde_json::{Value, json};

const MAIN: &str = r#""""Shapes and helpers."""
import math
from geometry import area as compute_area, Circle

LIMIT = 10


class Shape:
    """A shape with a name."""

    sides = 0

    def __init__(self, name, scale=1.0):
        self.name = name
        self.scale = scale

    def describe(self, prefix="shape"):
        """Describe the shape."""
        return prefix + self.name


def outer(a, b=2, *rest, key=None, **extra):
    """Combine values.

    More text.
    """
    total = a + b
    def inner(x):
        return x + total
    return inner(LIMIT)


def main():
    s = Shape("box")  # a comment
    print(s.describe(), outer(1), compute_area(3), math.pi, Circle)
    count = 0
    count += 1
    return count
"#;

const GEOMETRY: &str = r#"def area(r):
    """Area of a circle."""
    return 3.14 * r * r


class Circle:
    pass
"#;

/// A workspace with `main.py` and `geometry.py`; `main.py` is open.
fn open_workspace(name: &str) -> (Client, PathBuf, String) {
    let dir = workspace_dir(name);
    std::fs::write(dir.join("main.py"), MAIN).unwrap();
    std::fs::write(dir.join("geometry.py"), GEOMETRY).unwrap();
    let (mut client, _) = Client::initialized(Some(&dir));
    let main_uri = uri(&dir.join("main.py"));
    client.open(&main_uri, MAIN);
    let published = client.diagnostics(&main_uri);
    assert_eq!(published["diagnostics"], json!([]), "{published}");
    (client, dir, main_uri)
}

fn definition(client: &mut Client, uri: &str, context: &str, word: &str) -> Value {
    client
        .request(
            "textDocument/definition",
            at(uri, position_in(MAIN, context, 0, word)),
        )
        .expect("definition answers")
}

#[test]
fn initialize_announces_the_features() {
    let (client, result) = Client::initialized(None);
    let caps = &result["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    assert_eq!(caps["textDocumentSync"]["openClose"], true);
    for provider in [
        "hoverProvider",
        "definitionProvider",
        "referencesProvider",
        "documentSymbolProvider",
        "foldingRangeProvider",
    ] {
        assert_eq!(caps[provider], true, "{provider}");
    }
    assert_eq!(caps["renameProvider"]["prepareProvider"], true);
    let legend = &caps["semanticTokensProvider"]["legend"]["tokenTypes"];
    for kind in [
        "keyword",
        "function",
        "parameter",
        "variable",
        "class",
        "string",
        "number",
        "comment",
    ] {
        assert!(legend.as_array().unwrap().contains(&json!(kind)), "{kind}");
    }
    assert_eq!(result["serverInfo"]["name"], "tauraro-lsp");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn diagnostics_follow_incremental_and_full_changes() {
    let (mut client, _) = Client::initialized(None);
    let uri = "file:///virtual/diag.py";
    // A syntax error after a non-BMP character: the column counts UTF-16 units.
    let text = "s = '😀' +\nx = 1\n";
    client.open(uri, text);
    let published = client.diagnostics(uri);
    let diagnostics = published["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{published}");
    assert_eq!(diagnostics[0]["message"], "invalid syntax");
    assert_eq!(diagnostics[0]["code"], "SyntaxError");
    assert_eq!(diagnostics[0]["severity"], 1);
    assert_eq!(
        diagnostics[0]["range"]["start"],
        json!({"line": 0, "character": 10})
    );
    assert_eq!(published["version"], 1);

    // Incremental: complete the expression; no more errors.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{
                "range": { "start": {"line": 0, "character": 10}, "end": {"line": 0, "character": 10} },
                "text": " 'x'",
            }],
        }),
    );
    let published = client.diagnostics(uri);
    assert_eq!(published["diagnostics"], json!([]), "{published}");
    assert_eq!(published["version"], 2);

    // A compile-time SyntaxError from the HIR, given as a whole-text change.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 3 },
            "contentChanges": [{ "text": "x = 1\nreturn x\n" }],
        }),
    );
    let published = client.diagnostics(uri);
    let diagnostics = published["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{published}");
    assert_eq!(diagnostics[0]["message"], "'return' outside function");
    assert_eq!(
        diagnostics[0]["range"]["start"],
        json!({"line": 1, "character": 0})
    );

    // Two changes in one notification apply in order.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 4 },
            "contentChanges": [
                { "range": { "start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 8} }, "text": "y = x" },
                { "range": { "start": {"line": 0, "character": 4}, "end": {"line": 0, "character": 5} }, "text": "(" },
            ],
        }),
    );
    let published = client.diagnostics(uri);
    let diagnostics = published["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{published}");
    assert_eq!(diagnostics[0]["message"], "'(' was never closed");
    assert_eq!(published["version"], 4);

    // Closing clears them.
    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    let published = client.diagnostics(uri);
    assert_eq!(published["diagnostics"], json!([]));
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn document_symbols_are_nested() {
    let (mut client, _dir, uri) = open_workspace("symbols");
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        )
        .unwrap();
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["LIMIT", "Shape", "outer", "main"]);
    let shape = &symbols[1];
    assert_eq!(shape["kind"], 5, "class");
    assert_eq!(
        shape["selectionRange"],
        range_in(MAIN, "class Shape", 0, "Shape")
    );
    let members: Vec<(&str, i64)> = shape["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["kind"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        members,
        [
            ("sides", 8),
            ("__init__", 9),
            ("describe", 6),
            ("name", 8),
            ("scale", 8)
        ]
    );
    let outer = &symbols[2];
    assert_eq!(outer["kind"], 12, "function");
    assert_eq!(outer["detail"], "(a, b=2, *rest, key=None, **extra)");
    assert_eq!(outer["children"][0]["name"], "inner");
    assert_eq!(symbols[0]["kind"], 14, "constant");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn go_to_definition_of_locals_globals_closures_imports_and_self_attributes() {
    let (mut client, dir, uri) = open_workspace("definition");
    let here = |context: &str, word: &str| json!({ "uri": uri, "range": range_in(MAIN, context, 0, word) });
    // A parameter.
    assert_eq!(
        definition(&mut client, &uri, "total = a + b", "a "),
        here("outer(a,", "a")
    );
    // A closure's free variable: `total` in `inner` is `outer`'s.
    assert_eq!(
        definition(&mut client, &uri, "x + total", "total"),
        here("total = a", "total")
    );
    // A global used in a function.
    assert_eq!(
        definition(&mut client, &uri, "inner(LIMIT)", "LIMIT"),
        here("LIMIT = 10", "LIMIT")
    );
    // A local after `+=`: the assignment, not the augmented one.
    assert_eq!(
        definition(&mut client, &uri, "return count", "count"),
        here("count = 0", "count")
    );
    // A class, and a method's parameter used in its body.
    assert_eq!(
        definition(&mut client, &uri, "Shape(\"box\")", "Shape"),
        here("class Shape", "Shape")
    );
    assert_eq!(
        definition(&mut client, &uri, "prefix + self", "prefix"),
        here("prefix=", "prefix")
    );
    // `self.name`: assigned in `__init__`; `s.describe` is not through `self`.
    assert_eq!(
        definition(&mut client, &uri, "self.name\n", "name"),
        here("self.name = name", "name")
    );
    assert_eq!(
        definition(&mut client, &uri, "s.describe()", "describe"),
        Value::Null
    );
    // Imported names, across files: the `def` and the `class` in geometry.py.
    let geometry = uri_of(&dir, "geometry.py");
    let there = |context: &str, word: &str| json!({ "uri": geometry, "range": range_in(GEOMETRY, context, 0, word) });
    assert_eq!(
        definition(&mut client, &uri, "compute_area(3)", "compute_area"),
        there("def area", "area")
    );
    assert_eq!(
        definition(&mut client, &uri, "Circle)", "Circle"),
        there("class Circle", "Circle")
    );
    assert_eq!(
        definition(&mut client, &uri, "import area as", "area"),
        there("def area", "area")
    );
    // The module name in `from geometry import ...`: the file.
    assert_eq!(
        definition(&mut client, &uri, "from geometry", "geometry"),
        json!({ "uri": geometry, "range": { "start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0} } })
    );
    // A builtin has no definition.
    assert_eq!(
        definition(&mut client, &uri, "print(", "print"),
        Value::Null
    );
    assert_eq!(client.shutdown(), Some(0));
}

fn uri_of(dir: &std::path::Path, name: &str) -> String {
    uri(&dir.join(name))
}

fn hover_text(client: &mut Client, uri: &str, context: &str, word: &str) -> String {
    let mut position = position_in(MAIN, context, 0, word);
    position["character"] = json!(position["character"].as_u64().unwrap() + 1);
    let hover = client
        .request("textDocument/hover", at(uri, position))
        .unwrap();
    assert_eq!(hover["contents"]["kind"], "markdown", "{hover}");
    hover["contents"]["value"].as_str().unwrap().to_owned()
}

#[test]
fn hover_shows_kind_signature_and_docstring() {
    let (mut client, _dir, uri) = open_workspace("hover");
    assert_eq!(
        hover_text(&mut client, &uri, "outer(1)", "outer"),
        "```python\n(function) def outer(a, b=2, *rest, key=None, **extra)\n```\n\nCombine values."
    );
    assert_eq!(
        hover_text(&mut client, &uri, "Shape(\"box\")", "Shape"),
        "```python\n(class) class Shape\n```\n\nA shape with a name."
    );
    assert_eq!(
        hover_text(&mut client, &uri, "a + b", "b"),
        "```python\n(parameter) b=2\n```"
    );
    assert_eq!(
        hover_text(&mut client, &uri, "x + total", "total"),
        "```python\n(free variable) total of outer\n```"
    );
    assert_eq!(
        hover_text(&mut client, &uri, "inner(LIMIT)", "LIMIT"),
        "```python\n(global variable) LIMIT\n```"
    );
    // Across files, through `import ... as`.
    assert_eq!(
        hover_text(&mut client, &uri, "compute_area(3)", "compute_area"),
        "```python\n(function) def area(r)\n```\n\nArea of a circle."
    );
    assert_eq!(
        hover_text(&mut client, &uri, "print(", "print"),
        "```python\n(builtin) print\n```"
    );
    // Nothing to say about punctuation.
    let nothing = client
        .request(
            "textDocument/hover",
            at(&uri, json!({"line": 5, "character": 0})),
        )
        .unwrap();
    assert_eq!(nothing, Value::Null);
    assert_eq!(client.shutdown(), Some(0));
}

/// Decodes semantic tokens into (line, column, text, type name, modifiers).
fn decode_tokens(text: &str, legend: &Value, data: &Value) -> Vec<(u32, u32, String, String, u64)> {
    let lines: Vec<Vec<u16>> = text
        .split('\n')
        .map(|l| l.encode_utf16().collect())
        .collect();
    let data: Vec<u64> = data
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let (mut line, mut column) = (0u32, 0u32);
    let mut out = Vec::new();
    for chunk in data.chunks(5) {
        if chunk[0] > 0 {
            line += chunk[0] as u32;
            column = chunk[1] as u32;
        } else {
            column += chunk[1] as u32;
        }
        let units = &lines[line as usize][column as usize..(column + chunk[2] as u32) as usize];
        let kind = legend["tokenTypes"][chunk[3] as usize]
            .as_str()
            .unwrap()
            .to_owned();
        out.push((
            line,
            column,
            String::from_utf16(units).unwrap(),
            kind,
            chunk[4],
        ));
    }
    out
}

#[test]
fn semantic_tokens_classify_keywords_names_and_literals() {
    let (mut client, result) = Client::initialized(None);
    let legend = result["capabilities"]["semanticTokensProvider"]["legend"].clone();
    let uri = "file:///virtual/tokens.py";
    let text = "import math\n# note\nclass Point:\n    def norm(self, scale=2):\n        return math.sqrt(self.x) * scale + 1.5\n\nlabel = f\"p{len('é😀')}\"\n";
    client.open(uri, text);
    client.diagnostics(uri);
    let tokens = client
        .request(
            "textDocument/semanticTokens/full",
            json!({ "textDocument": { "uri": uri } }),
        )
        .unwrap();
    let decoded = decode_tokens(text, &legend, &tokens["data"]);
    let kind_of = |word: &str| -> Vec<String> {
        decoded
            .iter()
            .filter(|t| t.2 == word)
            .map(|t| t.3.clone())
            .collect()
    };
    assert_eq!(kind_of("import"), ["keyword"]);
    assert_eq!(kind_of("math"), ["namespace", "namespace"]);
    assert_eq!(kind_of("# note"), ["comment"]);
    assert_eq!(kind_of("class"), ["keyword"]);
    assert_eq!(kind_of("Point"), ["class"]);
    assert_eq!(kind_of("norm"), ["method"]);
    assert_eq!(kind_of("self"), ["parameter", "parameter"]);
    assert_eq!(kind_of("scale"), ["parameter", "parameter"]);
    assert_eq!(kind_of("2"), ["number"]);
    assert_eq!(kind_of("1.5"), ["number"]);
    assert_eq!(kind_of("sqrt"), ["property"]);
    assert_eq!(kind_of("label"), ["variable"]);
    assert_eq!(kind_of("len"), ["function"]);
    assert_eq!(kind_of("'é😀'"), ["string"], "UTF-16 lengths: {decoded:?}");
    // The declaration modifier (bit 0) marks binding sites.
    let point = decoded.iter().find(|t| t.2 == "Point").unwrap();
    assert_eq!(point.4 & 1, 1);

    // Hausa keywords in a `.tr` file are keywords too.
    let tr = "file:///virtual/hausa.tr";
    let hausa = "aiki f(x):\n    idan x:\n        maido gaskiyane\n    kokuma idan ba x:\n        wuce\n    maido babu\n";
    client.open(tr, hausa);
    client.diagnostics(tr);
    let tokens = client
        .request(
            "textDocument/semanticTokens/full",
            json!({ "textDocument": { "uri": tr } }),
        )
        .unwrap();
    let decoded = decode_tokens(hausa, &legend, &tokens["data"]);
    let keywords: Vec<&str> = decoded
        .iter()
        .filter(|t| t.3 == "keyword")
        .map(|t| t.2.as_str())
        .collect();
    assert_eq!(
        keywords,
        [
            "aiki",
            "idan",
            "maido",
            "gaskiyane",
            "kokuma idan",
            "ba",
            "wuce",
            "maido",
            "babu"
        ]
    );
    let f = decoded.iter().find(|t| t.2 == "f").unwrap();
    assert_eq!(f.3, "function");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn folding_ranges_cover_blocks_imports_docstrings_and_brackets() {
    let (mut client, _dir, uri) = open_workspace("folding");
    let folds = client
        .request(
            "textDocument/foldingRange",
            json!({ "textDocument": { "uri": uri } }),
        )
        .unwrap();
    let ranges: Vec<(u64, u64, Option<&str>)> = folds
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["startLine"].as_u64().unwrap(),
                f["endLine"].as_u64().unwrap(),
                f["kind"].as_str(),
            )
        })
        .collect();
    // Imports (lines 1-2), class Shape (7-18), __init__ (12-14), describe (16-18),
    // outer (21-29) with its docstring (22-25) and inner (27-28), main (32-37).
    for expected in [
        (1, 2, Some("imports")),
        (7, 18, None),
        (12, 14, None),
        (16, 18, None),
        (21, 29, None),
        (22, 25, None),
        (27, 28, None),
        (32, 37, None),
    ] {
        assert!(ranges.contains(&expected), "{expected:?} not in {ranges:?}");
    }
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn references_of_locals_and_globals() {
    let (mut client, _dir, uri) = open_workspace("references");
    let request = |client: &mut Client, context: &str, word: &str, declaration: bool| {
        let mut params = at(&uri, position_in(MAIN, context, 0, word));
        params["context"] = json!({ "includeDeclaration": declaration });
        let found = client.request("textDocument/references", params).unwrap();
        found
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["range"].clone())
            .collect::<Vec<_>>()
    };
    let r = |context: &str, word: &str| range_in(MAIN, context, 0, word);
    assert_eq!(
        request(&mut client, "x + total", "total", true),
        [r("total = a", "total"), r("x + total", "total")]
    );
    assert_eq!(
        request(&mut client, "LIMIT = 10", "LIMIT", true),
        [r("LIMIT = 10", "LIMIT"), r("inner(LIMIT)", "LIMIT")]
    );
    assert_eq!(
        request(&mut client, "inner(LIMIT)", "LIMIT", false),
        [r("inner(LIMIT)", "LIMIT")]
    );
    // `name` the parameter of `__init__` is not `self.name`.
    assert_eq!(
        request(&mut client, "self, name,", "name", true),
        [r("self, name,", "name"), r("= name\n", "name")]
    );
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn rename_of_a_local_variable() {
    let (mut client, _dir, uri) = open_workspace("rename");
    let prepared = client
        .request(
            "textDocument/prepareRename",
            at(&uri, position_in(MAIN, "total = a", 0, "otal")),
        )
        .unwrap();
    assert_eq!(prepared["range"], range_in(MAIN, "total = a", 0, "total"));
    assert_eq!(prepared["placeholder"], "total");

    let mut params = at(&uri, position_in(MAIN, "x + total", 0, "total"));
    params["newName"] = json!("subtotal");
    let edit = client.request("textDocument/rename", params).unwrap();
    let edits = edit["changes"][&uri].as_array().unwrap();
    let ranges: Vec<&Value> = edits.iter().map(|e| &e["range"]).collect();
    assert_eq!(
        ranges,
        [
            &range_in(MAIN, "total = a", 0, "total"),
            &range_in(MAIN, "x + total", 0, "total")
        ]
    );
    assert!(edits.iter().all(|e| e["newText"] == "subtotal"));

    // A global is refused with a clear message; so are keywords and names already in use.
    let mut params = at(&uri, position_in(MAIN, "LIMIT = 10", 0, "LIMIT"));
    params["newName"] = json!("CAP");
    let refused = client.request("textDocument/rename", params).unwrap_err();
    assert_eq!(refused["code"], -32803);
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .starts_with("not supported yet: renaming global name 'LIMIT'")
    );
    for bad in ["class", "1x", "inner"] {
        let mut params = at(&uri, position_in(MAIN, "total = a", 0, "total"));
        params["newName"] = json!(bad);
        let refused = client.request("textDocument/rename", params).unwrap_err();
        assert_eq!(refused["code"], -32803, "{bad}: {refused}");
    }
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn malformed_input_and_bad_positions_get_errors_and_the_server_keeps_serving() {
    let mut client = Client::start();
    // Before initialize.
    let early = client.request("textDocument/hover", json!({})).unwrap_err();
    assert_eq!(early["code"], -32002);
    client
        .request("initialize", json!({ "capabilities": {} }))
        .unwrap();
    client.notify("initialized", json!({}));

    // Not JSON: a parse error with a null id.
    client.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    let parse_error = client.wait_for(|m| m["error"]["code"] == -32700);
    assert_eq!(parse_error["id"], Value::Null);

    let uri = "file:///virtual/robust.py";
    let text = "def f(x):\n    return x\n";
    client.open(uri, text);
    client.diagnostics(uri);
    // A line past the end.
    let out_of_range = client
        .request(
            "textDocument/definition",
            at(uri, json!({"line": 99, "character": 0})),
        )
        .unwrap_err();
    assert_eq!(out_of_range["code"], -32602);
    assert!(
        out_of_range["message"]
            .as_str()
            .unwrap()
            .contains("line 99 is out of range")
    );
    // A column past the end of a line means its end.
    let clamped = client
        .request(
            "textDocument/hover",
            at(uri, json!({"line": 1, "character": 500})),
        )
        .unwrap();
    assert_eq!(
        clamped["contents"]["value"],
        "```python\n(parameter) x\n```"
    );
    // Wrong parameter shapes, unknown documents and methods.
    let invalid = client
        .request("textDocument/definition", json!({ "textDocument": 5 }))
        .unwrap_err();
    assert_eq!(invalid["code"], -32602);
    let unknown_doc = client
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": "file:///nope/x.py" } }),
        )
        .unwrap_err();
    assert_eq!(unknown_doc["code"], -32602);
    let unknown = client
        .request("textDocument/unheardOf", json!({}))
        .unwrap_err();
    assert_eq!(unknown["code"], -32601);
    // An edit with a range past the end is clamped, and garbage text still gets diagnostics.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{
                "range": { "start": {"line": 50, "character": 3}, "end": {"line": 70, "character": 0} },
                "text": "\n)))(((\x00 def class ::\n\t  \tlambda",
            }],
        }),
    );
    let published = client.diagnostics(uri);
    assert!(!published["diagnostics"].as_array().unwrap().is_empty());
    // Every feature still answers on that text.
    for method in [
        "textDocument/documentSymbol",
        "textDocument/semanticTokens/full",
        "textDocument/foldingRange",
    ] {
        client
            .request(method, json!({ "textDocument": { "uri": uri } }))
            .unwrap_or_else(|e| panic!("{method}: {e}"));
    }
    for line in 0..4 {
        for character in [0, 1, 3, 6, 40] {
            let position = at(uri, json!({"line": line, "character": character}));
            for method in [
                "textDocument/definition",
                "textDocument/hover",
                "textDocument/references",
            ] {
                let mut params = position.clone();
                params["context"] = json!({ "includeDeclaration": true });
                client
                    .request(method, params)
                    .unwrap_or_else(|e| panic!("{method} at {line}:{character}: {e}"));
            }
        }
    }
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn exit_without_shutdown_exits_with_status_1() {
    let (mut client, _) = Client::initialized(None);
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit(), Some(1));
}

#[test]
fn definitions_follow_packages_re_exports_star_imports_and_module_attributes() {
    let dir = workspace_dir("packages");
    std::fs::create_dir_all(dir.join("lib")).unwrap();
    let util = "def helper(n=1):\n    \"\"\"Help.\"\"\"\n    return n\n";
    std::fs::write(dir.join("lib/util.py"), util).unwrap();
    std::fs::write(
        dir.join("lib/__init__.py"),
        "from .util import helper as exported\n",
    )
    .unwrap();
    let app = "import lib.util\nimport lib.util as u\nfrom lib import exported\nfrom lib.util import *\n\nu.helper()\nexported()\nhelper()\n";
    std::fs::write(dir.join("app.py"), app).unwrap();
    let (mut client, _) = Client::initialized(Some(&dir));
    let app_uri = uri(&dir.join("app.py"));
    client.open(&app_uri, app);
    client.diagnostics(&app_uri);
    let util_uri = uri(&dir.join("lib/util.py"));
    let helper = json!({ "uri": util_uri, "range": range_in(util, "def helper", 0, "helper") });
    let mut go = |context: &str, word: &str| {
        client
            .request(
                "textDocument/definition",
                at(&app_uri, position_in(app, context, 0, word)),
            )
            .unwrap()
    };
    // `module.name` through `import ... as`.
    assert_eq!(go("u.helper()", "helper"), helper);
    // A re-export in a package's `__init__`.
    assert_eq!(go("exported()", "exported"), helper);
    // A name from `from ... import *`.
    assert_eq!(go("helper()\n", "helper"), helper);
    // The components of a dotted module name: the package, then the module.
    let file_start = |path: &str| {
        json!({ "uri": uri(&dir.join(path)), "range": {
            "start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0},
        }})
    };
    assert_eq!(
        go("import lib.util\n", "lib"),
        file_start("lib/__init__.py")
    );
    assert_eq!(go("import lib.util\n", "util"), file_start("lib/util.py"));
    let hover = client
        .request(
            "textDocument/hover",
            at(&app_uri, position_in(app, "exported()", 0, "exported")),
        )
        .unwrap();
    assert_eq!(
        hover["contents"]["value"],
        "```python\n(function) def helper(n=1)\n```\n\nHelp."
    );
    assert_eq!(client.shutdown(), Some(0));
}
