//! The module system with a scripted loader: how each kind of loader failure reaches the
//! program (the exception, its message and attributes, and the printed traceback), and that
//! `sys.modules` caches what was loaded.

use std::cell::RefCell;
use std::rc::Rc;

use tauraro_bytecode::{
    BytecodeModule, CodeFlags, CodeIdx, CodeObject, Constant, Instr, NameIdx, Reg,
};

use super::{FoundModule, LoadFailure, ModuleLoader, SyntaxErrorInfo};
use crate::error::ExcKind;
use crate::interpreter::Vm;

/// A module body `import NAME`, or `from NAME import ATTRIBUTE` when an attribute is given.
fn importer(path: &str, name: &str, attribute: Option<&str>) -> BytecodeModule {
    let r0 = Reg::from_raw(0);
    let mut names: Vec<Box<str>> = vec![name.into()];
    let mut instructions = vec![Instr::ImportName {
        dst: r0,
        name: NameIdx::from_raw(0),
        level: 0,
        top_level: u8::from(attribute.is_none()),
    }];
    if let Some(attribute) = attribute {
        names.push(attribute.into());
        instructions.push(Instr::ImportFrom {
            dst: r0,
            module: r0,
            name: NameIdx::from_raw(1),
        });
    }
    instructions.push(Instr::ReturnNone {});
    module(path, names, Vec::new(), instructions, Vec::new())
}

fn module(
    path: &str,
    names: Vec<Box<str>>,
    constants: Vec<Constant>,
    instructions: Vec<Instr>,
    globals: Vec<Box<str>>,
) -> BytecodeModule {
    let body = CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        flags: CodeFlags::MODULE,
        arg_count: 0,
        posonly_count: 0,
        kwonly_count: 0,
        local_count: 0,
        free_start: Reg::from_raw(0),
        free_count: 0,
        register_count: 2,
        local_names: Box::new([]),
        names: names.into_boxed_slice(),
        constants: constants.into_boxed_slice(),
        instructions: instructions.into_boxed_slice(),
        first_line: 1,
        line_table: Box::new([]),
        exception_table: Box::new([]),
    };
    BytecodeModule {
        source_path: path.into(),
        global_names: globals.into_boxed_slice(),
        codes: vec![body].into(),
        entry: CodeIdx::from_raw(0),
    }
}

/// A module `value = 7` (its global slot 0 is `value`).
fn value_module(path: &str) -> BytecodeModule {
    let r0 = Reg::from_raw(0);
    module(
        path,
        Vec::new(),
        vec![Constant::Int(7)],
        vec![
            Instr::LoadInt { dst: r0, value: 7 },
            Instr::StoreGlobal {
                slot: tauraro_bytecode::GlobalSlot::from_raw(0),
                src: r0,
            },
            Instr::ReturnNone {},
        ],
        vec!["value".into()],
    )
}

/// A loader that answers from a script and counts the searches.
struct ScriptedLoader {
    answer: fn(&str) -> Result<Option<FoundModule>, LoadFailure>,
    searches: Rc<RefCell<Vec<String>>>,
}

impl ModuleLoader for ScriptedLoader {
    fn find_and_compile(
        &mut self,
        name: &str,
        _folders: &[String],
    ) -> Result<Option<FoundModule>, LoadFailure> {
        self.searches.borrow_mut().push(name.to_owned());
        (self.answer)(name)
    }
}

fn vm_with(
    answer: fn(&str) -> Result<Option<FoundModule>, LoadFailure>,
) -> (Vm, Rc<RefCell<Vec<String>>>) {
    let mut vm = Vm::new(1 << 26);
    vm.capture_output();
    let searches = Rc::new(RefCell::new(Vec::new()));
    vm.set_module_loader(Box::new(ScriptedLoader {
        answer,
        searches: searches.clone(),
    }));
    vm.set_module_search_path(vec!["/nowhere".into()]);
    (vm, searches)
}

/// Runs `program` and returns the traceback of the exception it raised.
fn failure(vm: &mut Vm, program: &BytecodeModule) -> String {
    match vm.run_module(program, "__main__") {
        Ok(_) => panic!("the program should have raised"),
        Err(err) => vm.format_exception(err),
    }
}

#[test]
fn a_module_no_folder_has_is_module_not_found() {
    let (mut vm, searches) = vm_with(|_| Ok(None));
    let text = failure(&mut vm, &importer("main.py", "absent", None));
    assert!(
        text.ends_with("ModuleNotFoundError: No module named 'absent'\n"),
        "{text}"
    );
    assert_eq!(*searches.borrow(), ["absent"]);
}

#[test]
fn a_submodule_of_a_plain_module_names_its_parent() {
    let (mut vm, _) = vm_with(|name| match name {
        "plain" => Ok(Some(FoundModule {
            path: "/lib/plain.py".into(),
            is_package: false,
            bytecode: value_module("/lib/plain.py"),
        })),
        _ => Ok(None),
    });
    let text = failure(&mut vm, &importer("main.py", "plain.sub", None));
    assert!(
        text.ends_with(
            "ModuleNotFoundError: No module named 'plain.sub'; 'plain' is not a package\n"
        ),
        "{text}"
    );
}

#[test]
fn syntax_errors_are_reported_with_the_line_and_a_caret() {
    let (mut vm, _) = vm_with(|_| {
        Err(LoadFailure::Syntax(SyntaxErrorInfo {
            kind: ExcKind::SyntaxError,
            message: "'(' was never closed".into(),
            path: "/lib/broken.py".into(),
            line: 2,
            offset: 9,
            text: "total = (".into(),
        }))
    });
    let text = failure(&mut vm, &importer("main.py", "broken", None));
    assert!(
        text.ends_with(
            "  File \"/lib/broken.py\", line 2\n    total = (\n            ^\nSyntaxError: '(' was never closed\n"
        ),
        "{text}"
    );
}

#[test]
fn indentation_errors_keep_their_class() {
    let (mut vm, _) = vm_with(|_| {
        Err(LoadFailure::Syntax(SyntaxErrorInfo {
            kind: ExcKind::IndentationError,
            message: "unexpected indent".into(),
            path: "/lib/indented.py".into(),
            line: 3,
            offset: 5,
            text: "    x = 1".into(),
        }))
    });
    let text = failure(&mut vm, &importer("main.py", "indented", None));
    assert!(
        text.ends_with("    x = 1\n    ^\nIndentationError: unexpected indent\n"),
        "{text}"
    );
}

#[test]
fn unreadable_files_and_unsupported_forms_say_why() {
    let (mut vm, _) = vm_with(|_| {
        Err(LoadFailure::Unreadable {
            path: "/lib/bad.py".into(),
            message: "cannot read '/lib/bad.py': it is not valid UTF-8".into(),
        })
    });
    let text = failure(&mut vm, &importer("main.py", "bad", None));
    assert!(
        text.ends_with("ImportError: cannot read '/lib/bad.py': it is not valid UTF-8\n"),
        "{text}"
    );
    let (mut vm, _) = vm_with(|_| Err(LoadFailure::NotSupported("namespace packages".into())));
    let text = failure(&mut vm, &importer("main.py", "space", None));
    assert!(
        text.ends_with("NotImplementedError: not supported yet: namespace packages\n"),
        "{text}"
    );
}

#[test]
fn a_missing_name_is_an_import_error_naming_the_file() {
    let (mut vm, _) = vm_with(|_| {
        Ok(Some(FoundModule {
            path: "/lib/values.py".into(),
            is_package: false,
            bytecode: value_module("/lib/values.py"),
        }))
    });
    let text = failure(&mut vm, &importer("main.py", "values", Some("other")));
    assert!(
        text.ends_with("ImportError: cannot import name 'other' from 'values' (/lib/values.py)\n"),
        "{text}"
    );
}

#[test]
fn modules_run_once_and_are_cached_in_sys_modules() {
    let (mut vm, searches) = vm_with(|_| {
        Ok(Some(FoundModule {
            path: "/lib/values.py".into(),
            is_package: false,
            bytecode: value_module("/lib/values.py"),
        }))
    });
    vm.run_module(&importer("main.py", "values", Some("value")), "__main__")
        .expect("the import succeeds");
    vm.run_module(&importer("main.py", "values", None), "__main__")
        .expect("the second import succeeds");
    assert_eq!(*searches.borrow(), ["values"]);
    let cached = vm.sys_modules_get("values").expect("a dict lookup");
    assert!(matches!(cached, Some(crate::Value::Module(_))));
}

#[test]
fn native_modules_need_no_loader() {
    let mut vm = Vm::new(1 << 26);
    vm.run_module(&importer("main.py", "math", Some("pi")), "__main__")
        .expect("math is built in");
    let text = failure(&mut vm, &importer("main.py", "math", Some("tau_squared")));
    assert!(
        text.ends_with(
            "ImportError: cannot import name 'tau_squared' from 'math' (unknown location)\n"
        ),
        "{text}"
    );
}
