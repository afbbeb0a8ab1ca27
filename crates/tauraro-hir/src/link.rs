//! The linker: places the module's code objects and every item's into one
//! [`BytecodeModule`], resolves `MakeFunction` references between them and turns relative line
//! numbers into absolute ones.

use std::sync::Arc;

use index_vec::IndexVec;
use tauraro_bytecode::{BytecodeModule, CodeIdx, Instr};

use crate::codegen::{CodeRef, CompiledItem, GlobalTable};

/// Links the module body (whose first code object is the entry) with the items, each given
/// with the absolute line its `def` starts on.
pub fn link(
    path: &str,
    globals: &GlobalTable,
    module: &CompiledItem,
    items: &[(Arc<CompiledItem>, u32)],
) -> BytecodeModule {
    let mut offsets = Vec::with_capacity(items.len() + 1);
    let mut next = module.codes.len();
    for (item, _) in items {
        offsets.push(next);
        next += item.codes.len();
    }
    let mut codes = IndexVec::with_capacity(next);
    let units = std::iter::once((module, 1u32, 0usize)).chain(
        items
            .iter()
            .zip(&offsets)
            .map(|((item, line), offset)| (item.as_ref(), *line, *offset)),
    );
    for (unit, first_line, offset) in units {
        let start = codes.len();
        for code in &unit.codes {
            let mut code = code.clone();
            code.first_line += first_line;
            codes.push(code);
        }
        for relocation in &unit.relocations {
            let target = match relocation.target {
                CodeRef::Local(index) => offset + index,
                CodeRef::Item(item) => offsets.get(item as usize).copied().unwrap_or(0),
            };
            let code: &mut tauraro_bytecode::CodeObject =
                &mut codes[CodeIdx::from_usize(start + relocation.code)];
            let mut instructions = code.instructions.to_vec();
            if let Some(Instr::MakeFunction { code: c, .. }) = instructions.get_mut(relocation.pc) {
                *c = CodeIdx::from_usize(target);
            }
            code.instructions = instructions.into_boxed_slice();
        }
    }
    BytecodeModule {
        source_path: path.into(),
        global_names: globals.names.clone().into_boxed_slice(),
        codes,
        entry: CodeIdx::from_raw(0),
    }
}
