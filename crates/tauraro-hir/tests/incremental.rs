//! Incrementality of the salsa pipeline, observed through the database's execution log:
//! editing one function re-lowers and recompiles only that function, and edits that do not
//! change any function's meaning (whitespace inside a line, blank lines) recompile nothing.

use std::sync::{Arc, Mutex};

use salsa::Setter;
use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::Dialect;

const FUNCTIONS: usize = 200;

fn module_text(edited: Option<(usize, &str)>) -> String {
    let mut text = String::from("\"\"\"A module with many functions.\"\"\"\n\n");
    for i in 0..FUNCTIONS {
        let body = match edited {
            Some((index, body)) if index == i => body.to_owned(),
            _ => format!("return x + {i}"),
        };
        text.push_str(&format!("def f{i}(x):\n    y = x * 2\n    {body}\n\n"));
    }
    text.push_str("print(f7(1))\n");
    text
}

struct Harness {
    db: Database,
    file: SourceFile,
    log: Arc<Mutex<Vec<String>>>,
}

impl Harness {
    fn new(text: String) -> Harness {
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        let db = Database::with_execution_log(move |query| sink.lock().unwrap().push(query));
        let file = SourceFile::program(&db, "many.py".to_owned(), text, Dialect::Python);
        let harness = Harness { db, file, log };
        compile_file(&harness.db, harness.file).expect("the module compiles");
        harness
    }

    fn edit(&mut self, text: String) -> Vec<String> {
        self.log.lock().unwrap().clear();
        self.file.set_text(&mut self.db).to(text);
        compile_file(&self.db, self.file).expect("the edited module compiles");
        std::mem::take(&mut *self.log.lock().unwrap())
    }
}

fn executions<'a>(log: &'a [String], query: &str) -> Vec<&'a String> {
    log.iter()
        .filter(|entry| entry.starts_with(&format!("{query}(")))
        .collect()
}

#[test]
fn first_compilation_runs_every_function_query_once() {
    let harness = Harness::new(module_text(None));
    let log = harness.log.lock().unwrap();
    assert_eq!(executions(&log, "item_bytecode").len(), FUNCTIONS);
    assert_eq!(executions(&log, "item_lowered").len(), FUNCTIONS);
    assert_eq!(executions(&log, "module_bytecode").len(), 1);
}

#[test]
fn editing_one_body_recompiles_only_that_function() {
    let mut harness = Harness::new(module_text(None));
    let log = harness.edit(module_text(Some((100, "return x - 100"))));
    assert_eq!(executions(&log, "item_lowered").len(), 1, "{log:#?}");
    assert_eq!(executions(&log, "item_hir").len(), 1, "{log:#?}");
    assert_eq!(executions(&log, "item_scopes").len(), 1, "{log:#?}");
    assert_eq!(executions(&log, "item_bytecode").len(), 1, "{log:#?}");
    assert!(executions(&log, "module_bytecode").is_empty(), "{log:#?}");
}

#[test]
fn whitespace_inside_a_line_recompiles_nothing() {
    let mut harness = Harness::new(module_text(None));
    let log = harness.edit(module_text(Some((42, "return   x   +   42"))));
    assert_eq!(executions(&log, "item_lowered").len(), 1, "{log:#?}");
    assert!(executions(&log, "item_bytecode").is_empty(), "{log:#?}");
    assert!(executions(&log, "module_bytecode").is_empty(), "{log:#?}");
}

#[test]
fn trailing_whitespace_anywhere_recompiles_nothing() {
    let mut harness = Harness::new(module_text(None));
    let spaced: String = module_text(None)
        .lines()
        .map(|line| format!("{line}   \n"))
        .collect();
    let log = harness.edit(spaced);
    assert!(executions(&log, "item_bytecode").is_empty(), "{log:#?}");
    assert!(executions(&log, "module_bytecode").is_empty(), "{log:#?}");
}

#[test]
fn blank_lines_above_functions_recompile_no_function() {
    // Function line tables are relative to the `def`, so shifting a function down leaves its
    // HIR and bytecode unchanged; only the module body's own line table moves.
    let mut harness = Harness::new(module_text(None));
    let log = harness.edit(format!("\n\n\n{}", module_text(None)));
    assert!(executions(&log, "item_lowered").is_empty(), "{log:#?}");
    assert!(executions(&log, "item_bytecode").is_empty(), "{log:#?}");
}

#[test]
fn line_numbers_follow_the_edit() {
    let mut harness = Harness::new(module_text(None));
    harness.edit(format!("\n\n\n{}", module_text(None)));
    let module = compile_file(&harness.db, harness.file).unwrap();
    let f0 = module
        .codes
        .iter()
        .find(|code| &*code.name == "f0")
        .expect("f0 is compiled");
    // `def f0` is on line 3 of the original text, so line 6 after three blank lines.
    assert_eq!(f0.first_line, 6);
}
