//! The benchmark suite on disk: `benches/programs/<group>/<name>.py`.

use std::path::{Path, PathBuf};

use regex::Regex;

/// Groups in the order the reports show them; any other folder follows, alphabetically.
const GROUP_ORDER: [&str; 3] = ["micro", "numeric", "objects"];

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub group: String,
    pub name: String,
    pub path: PathBuf,
}

impl Program {
    /// `group/name`, what `--filter` matches.
    pub fn id(&self) -> String {
        format!("{}/{}", self.group, self.name)
    }
}

/// Every program under `root` whose id matches `filter`, in report order.
pub fn discover(root: &Path, filter: Option<&Regex>) -> Result<Vec<Program>, String> {
    let mut programs = Vec::new();
    for group_dir in read_dir_sorted(root)? {
        if !group_dir.is_dir() {
            continue;
        }
        let group = file_name(&group_dir);
        for path in read_dir_sorted(&group_dir)? {
            if path.is_file() && path.extension().is_some_and(|e| e == "py") {
                let name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                programs.push(Program {
                    group: group.clone(),
                    name: name.unwrap_or_default(),
                    path,
                });
            }
        }
    }
    programs.retain(|p| filter.is_none_or(|f| f.is_match(&p.id())));
    programs.sort_by_key(|p| (group_rank(&p.group), p.group.clone(), p.name.clone()));
    Ok(programs)
}

fn group_rank(group: &str) -> usize {
    GROUP_ORDER
        .iter()
        .position(|g| *g == group)
        .unwrap_or(GROUP_ORDER.len())
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    let mut paths = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("reading {}: {e}", dir.display()))?;
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovers_groups_in_report_order_and_filters_ids() {
        let root =
            std::env::temp_dir().join(format!("xtask-bench-programs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (group, name) in [
            ("objects", "richards.py"),
            ("extra", "z.py"),
            ("micro", "fib30.py"),
            ("micro", "notes.txt"),
            ("numeric", "nbody.py"),
            ("micro", "calls_10m.py"),
        ] {
            std::fs::create_dir_all(root.join(group)).unwrap();
            std::fs::write(root.join(group).join(name), "print(1)\n").unwrap();
        }
        let ids = |filter: Option<&str>| -> Vec<String> {
            let regex = filter.map(|f| Regex::new(f).unwrap());
            discover(&root, regex.as_ref())
                .unwrap()
                .iter()
                .map(Program::id)
                .collect()
        };
        assert_eq!(
            ids(None),
            [
                "micro/calls_10m",
                "micro/fib30",
                "numeric/nbody",
                "objects/richards",
                "extra/z"
            ]
        );
        assert_eq!(ids(Some("^micro/")), ["micro/calls_10m", "micro/fib30"]);
        assert_eq!(
            ids(Some("nbody|richards")),
            ["numeric/nbody", "objects/richards"]
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
