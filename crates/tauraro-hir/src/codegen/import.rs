//! Import statements, compiled as CPython 3.11 compiles them:
//! - `import a.b.c` imports `a.b.c` and binds its top-level package `a`;
//! - `import a.b.c as d` imports it, then walks `a` → `b` → `c` with `ImportFrom` (so a
//!   submodule that is also an attribute is found the same way) and binds `d`;
//! - `from .m import x as y` imports the (relative) module once, then `ImportFrom` per name;
//! - `from m import *` imports the module and `ImportStar` binds its public names at run time.
//!
//! Star imports need globals the compiler cannot know: the VM stores each imported name into
//! its slot when the module has a global of that name, otherwise into the module's dynamic
//! namespace, and every global read without a slot compiles to `LoadName`, which looks there.
//! A module with a star import also reads builtin names through `LoadName` rather than
//! `LoadBuiltin`, since the import may shadow them (`from math import *` rebinds `pow`);
//! see [`super::GlobalTable::star_import`].

use tauraro_bytecode::{Instr, Reg};

use super::Codegen;
use crate::hir::{Alias, Name, ScopeId, StmtId};

impl Codegen<'_> {
    /// `import a.b.c [as d], ...`.
    pub(crate) fn import(&mut self, aliases: &[Alias], scope: ScopeId) {
        for alias in aliases {
            let module = self.em().temp();
            let name = self.em().name(&alias.name);
            self.em().emit(Instr::ImportName {
                dst: module,
                name,
                level: 0,
                top_level: 1,
            });
            match &alias.asname {
                None => {
                    let top = alias.name.split('.').next().unwrap_or_default();
                    self.store_name(scope, top, module);
                }
                Some(asname) => {
                    for part in alias.name.split('.').skip(1) {
                        let name = self.em().name(part);
                        self.em().emit(Instr::ImportFrom {
                            dst: module,
                            module,
                            name,
                        });
                    }
                    self.store_name(scope, asname, module);
                }
            }
        }
    }

    /// `from [.]*module import name [as alias], ...` and `from module import *`.
    pub(crate) fn import_from(
        &mut self,
        stmt: StmtId,
        module_name: Option<&Name>,
        aliases: &[Alias],
        level: u32,
        scope: ScopeId,
    ) {
        let Ok(level) = u8::try_from(level) else {
            self.error_at_stmt(
                stmt,
                "not supported yet: relative imports more than 255 levels up",
            );
            return;
        };
        let module = self.em().temp();
        let name = self.em().name(module_name.map_or("", |name| name));
        self.em().emit(Instr::ImportName {
            dst: module,
            name,
            level,
            top_level: 0,
        });
        for alias in aliases {
            if &*alias.name == "*" {
                self.em().emit(Instr::ImportStar { module });
                continue;
            }
            let value: Reg = self.em().temp();
            let name = self.em().name(&alias.name);
            self.em().emit(Instr::ImportFrom {
                dst: value,
                module,
                name,
            });
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(scope, bound, value);
        }
    }
}
