//! Golden disassembly: each `test_data/codegen/NAME.py` is compiled and its disassembly
//! compared with `NAME.dis` (regenerate with `UPDATE_EXPECT=1 cargo test -p tauraro-hir`).

use std::path::Path;

use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::Dialect;

#[test]
fn golden_disassembly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data/codegen");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("test_data/codegen exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    programs.sort();
    assert!(
        programs.len() >= 5,
        "expected golden programs in {}",
        dir.display()
    );
    for program in programs {
        let text = std::fs::read_to_string(&program).expect("readable program");
        let name = program.file_name().unwrap().to_string_lossy().into_owned();
        let db = Database::default();
        let file = SourceFile::program(&db, name, text, Dialect::Python);
        let module = compile_file(&db, file)
            .unwrap_or_else(|errors| panic!("{} does not compile: {errors:?}", program.display()));
        let listing = tauraro_bytecode::disassemble_module(&module);
        expect_test::expect_file![program.with_extension("dis")].assert_eq(&listing);
    }
}
