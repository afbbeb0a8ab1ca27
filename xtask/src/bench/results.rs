//! What one benchmark run produced: per-program results, and the geometric means derived
//! from them that every report (table, JSON, SVG, README) shows.

use super::stats::{Summary, geometric_mean};

/// How a program fared; anything but `Passed` makes the command exit non-zero.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Both implementations exited 0 with the same stdout.
    Passed,
    /// Both exited 0 but printed different output: a wrong answer.
    Mismatch(String),
    /// Tauraro failed: non-zero exit (an unsupported feature, an error), signal or timeout.
    TauraroFailed(String),
    /// CPython itself failed: the program, not Tauraro, is broken.
    PythonFailed(String),
}

impl Outcome {
    /// One word for the tables.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Passed => "ok",
            Outcome::Mismatch(_) => "MISMATCH",
            Outcome::TauraroFailed(_) => "FAILED",
            Outcome::PythonFailed(_) => "PYTHON FAILED",
        }
    }

    /// The explanation of a failure; `None` when passed.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Outcome::Passed => None,
            Outcome::Mismatch(d) | Outcome::TauraroFailed(d) | Outcome::PythonFailed(d) => Some(d),
        }
    }
}

/// The measurements and verdict for one program.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramResult {
    /// The folder under `benches/programs` (`micro`, `numeric`, `objects`).
    pub group: String,
    /// The file name without `.py`.
    pub name: String,
    pub python: Option<Summary>,
    pub tauraro: Option<Summary>,
    pub outcome: Outcome,
}

impl ProgramResult {
    /// `group/name`, what `--filter` matches and the reports show.
    pub fn id(&self) -> String {
        format!("{}/{}", self.group, self.name)
    }

    /// CPython's median time over Tauraro's: above 1 means Tauraro is faster. Only for
    /// programs that passed: a fast wrong answer has no speed.
    pub fn speedup(&self) -> Option<f64> {
        match (&self.outcome, &self.python, &self.tauraro) {
            (Outcome::Passed, Some(python), Some(tauraro)) if tauraro.median_s > 0.0 => {
                Some(python.median_s / tauraro.median_s)
            }
            _ => None,
        }
    }

    /// CPython's peak RSS over Tauraro's: above 1 means Tauraro uses less memory.
    pub fn memory_ratio(&self) -> Option<f64> {
        match (&self.outcome, &self.python, &self.tauraro) {
            (Outcome::Passed, Some(python), Some(tauraro)) if tauraro.peak_rss_kib > 0 => {
                Some(python.peak_rss_kib as f64 / tauraro.peak_rss_kib as f64)
            }
            _ => None,
        }
    }
}

/// The geometric mean of the speedups of one group (or of all programs).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMean {
    /// The group's name, or `all` for every program.
    pub group: String,
    /// `None` when no program of the group passed.
    pub speedup: Option<f64>,
    /// Programs that passed (and so count in the mean).
    pub passed: usize,
    /// All programs of the group that ran.
    pub total: usize,
}

/// Geometric means per group, in the order groups first appear, then `all`.
pub fn group_means(results: &[ProgramResult]) -> Vec<GroupMean> {
    let mut groups: Vec<&str> = Vec::new();
    for result in results {
        if !groups.contains(&result.group.as_str()) {
            groups.push(&result.group);
        }
    }
    let mean_of = |name: &str, members: Vec<&ProgramResult>| {
        let speedups: Vec<f64> = members.iter().filter_map(|r| r.speedup()).collect();
        GroupMean {
            group: name.to_string(),
            speedup: geometric_mean(&speedups),
            passed: speedups.len(),
            total: members.len(),
        }
    };
    let mut means: Vec<GroupMean> = groups
        .iter()
        .map(|group| {
            mean_of(
                group,
                results.iter().filter(|r| r.group == *group).collect(),
            )
        })
        .collect();
    means.push(mean_of("all", results.iter().collect()));
    means
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A result whose two implementations took the given medians (seconds) and peak RSS (KiB).
    pub fn sample(group: &str, name: &str, python_s: f64, tauraro_s: Option<f64>) -> ProgramResult {
        let summary = |s: f64, rss: u64| Summary::of(&[(s, s, rss)]).unwrap();
        ProgramResult {
            group: group.to_string(),
            name: name.to_string(),
            python: Some(summary(python_s, 8000)),
            tauraro: tauraro_s.map(|s| summary(s, 4000)),
            outcome: match tauraro_s {
                Some(_) => Outcome::Passed,
                None => Outcome::TauraroFailed(
                    "SyntaxError: not supported yet: 'try' statements".into(),
                ),
            },
        }
    }

    #[test]
    fn speedup_only_for_passed_programs() {
        let passed = sample("micro", "fib30", 1.0, Some(0.25));
        assert_eq!(passed.speedup(), Some(4.0));
        assert_eq!(passed.memory_ratio(), Some(2.0));
        let failed = sample("objects", "exceptions", 1.0, None);
        assert_eq!(failed.speedup(), None);
        let mut mismatch = sample("numeric", "nbody", 1.0, Some(0.5));
        mismatch.outcome = Outcome::Mismatch("line 1 differs".into());
        assert_eq!(mismatch.speedup(), None);
        assert_eq!(mismatch.outcome.label(), "MISMATCH");
        assert_eq!(mismatch.outcome.detail(), Some("line 1 differs"));
    }

    #[test]
    fn group_means_skip_failures_and_keep_group_order() {
        let results = vec![
            sample("micro", "a", 2.0, Some(1.0)),
            sample("micro", "b", 8.0, Some(1.0)),
            sample("objects", "c", 1.0, None),
            sample("numeric", "d", 1.0, Some(2.0)),
        ];
        let means = group_means(&results);
        let names: Vec<&str> = means.iter().map(|m| m.group.as_str()).collect();
        assert_eq!(names, ["micro", "objects", "numeric", "all"]);
        assert!((means[0].speedup.unwrap() - 4.0).abs() < 1e-12);
        assert_eq!((means[0].passed, means[0].total), (2, 2));
        assert_eq!(means[1].speedup, None);
        assert_eq!((means[1].passed, means[1].total), (0, 1));
        assert!((means[2].speedup.unwrap() - 0.5).abs() < 1e-12);
        // 2 * 8 * 0.5 = 8, cube root 2.
        assert!((means[3].speedup.unwrap() - 2.0).abs() < 1e-12);
        assert_eq!((means[3].passed, means[3].total), (3, 4));
    }
}
