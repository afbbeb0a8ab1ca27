//! The plain-text table printed at the end of a run, and the number formats every report
//! shares.

use super::results::{GroupMean, ProgramResult};
use super::stats::Summary;

/// What was compared, where and how: the heading of every report.
#[derive(Debug, Clone, PartialEq)]
pub struct RunInfo {
    pub date: String,
    pub machine: String,
    pub python_path: String,
    pub python_version: String,
    pub tauraro_path: String,
    pub tauraro_version: String,
    pub runs: usize,
    pub timeout_s: f64,
}

impl RunInfo {
    /// One sentence naming the date, machine, both implementations and the method.
    pub fn heading(&self) -> String {
        format!(
            "{date}, {machine}. CPython: {python} ({python_path}); Tauraro: {tauraro}. \
             Wall time, median of {runs} alternating runs after a warm-up; \
             speedup = CPython time / Tauraro time; RSS = peak resident memory.",
            date = self.date,
            machine = self.machine,
            python = self.python_version,
            python_path = self.python_path,
            tauraro = self.tauraro_version,
            runs = self.runs,
        )
    }
}

pub fn format_seconds(seconds: f64) -> String {
    format!("{seconds:.3}")
}

/// Median with the range, `0.131 s [0.128-0.140]`.
pub fn format_timing(summary: Option<&Summary>) -> String {
    match summary {
        Some(s) => format!(
            "{} s [{}-{}]",
            format_seconds(s.median_s),
            format_seconds(s.min_s),
            format_seconds(s.max_s)
        ),
        None => "-".to_string(),
    }
}

/// KiB as MiB with one decimal, `8.1 MiB`.
pub fn format_memory(summary: Option<&Summary>) -> String {
    match summary {
        Some(s) => format!("{:.1} MiB", s.peak_rss_kib as f64 / 1024.0),
        None => "-".to_string(),
    }
}

/// Two significant decimals, `2.31x`; `-` when there is no ratio.
pub fn format_ratio(ratio: Option<f64>) -> String {
    match ratio {
        Some(r) => format!("{r:.2}x"),
        None => "-".to_string(),
    }
}

/// `ok`, or the failure's label and explanation.
pub fn format_status(result: &ProgramResult) -> String {
    match result.outcome.detail() {
        Some(detail) => format!("{}: {detail}", result.outcome.label()),
        None => result.outcome.label().to_string(),
    }
}

/// `micro 1.80x (7/7 passed)`.
pub fn format_mean(mean: &GroupMean) -> String {
    format!(
        "{} {} ({}/{} passed)",
        mean.group,
        format_ratio(mean.speedup),
        mean.passed,
        mean.total
    )
}

/// The end-of-run table: one aligned row per program, then the geometric means.
pub fn plain_table(info: &RunInfo, results: &[ProgramResult], means: &[GroupMean]) -> String {
    let header = [
        "program",
        "CPython",
        "Tauraro",
        "speedup",
        "CPython RSS",
        "Tauraro RSS",
        "status",
    ];
    let rows: Vec<[String; 7]> = results
        .iter()
        .map(|r| {
            [
                r.id(),
                format_timing(r.python.as_ref()),
                format_timing(r.tauraro.as_ref()),
                format_ratio(r.speedup()),
                format_memory(r.python.as_ref()),
                format_memory(r.tauraro.as_ref()),
                format_status(r),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    // Numbers are right-aligned, names and statuses left-aligned.
    let right_aligned = [false, true, true, true, true, true, false];
    let render = |cells: &[String]| {
        let mut line = String::new();
        for (index, cell) in cells.iter().enumerate() {
            if index > 0 {
                line.push_str("  ");
            }
            let pad = widths[index].saturating_sub(cell.chars().count());
            let last = index + 1 == cells.len();
            if right_aligned[index] {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if !last {
                    line.push_str(&" ".repeat(pad));
                }
            }
        }
        line.push('\n');
        line
    };
    let mut out = String::new();
    out.push_str(&info.heading());
    out.push_str("\n\n");
    out.push_str(&render(&header.map(String::from)));
    out.push_str(&render(&widths.map(|w| "-".repeat(w))));
    for row in &rows {
        out.push_str(&render(row));
    }
    out.push_str("\ngeometric mean of speedups: ");
    out.push_str(&means.iter().map(format_mean).collect::<Vec<_>>().join(", "));
    out.push('\n');
    out
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::bench::results::group_means;
    use crate::bench::results::tests::sample;

    pub fn sample_info() -> RunInfo {
        RunInfo {
            date: "2026-01-05".into(),
            machine: "Test CPU, 2 CPUs".into(),
            python_path: "/usr/bin/python3".into(),
            python_version: "Python 3.11.2".into(),
            tauraro_path: "/target/release/tauraro".into(),
            tauraro_version: "tauraro 0.1.0".into(),
            runs: 5,
            timeout_s: 60.0,
        }
    }

    #[test]
    fn table_rows_align_and_show_failures_and_means() {
        let results = vec![
            sample("micro", "fib30", 0.13, Some(0.065)),
            sample("objects", "exceptions", 0.58, None),
        ];
        let table = plain_table(&sample_info(), &results, &group_means(&results));
        let expected = "\
2026-01-05, Test CPU, 2 CPUs. CPython: Python 3.11.2 (/usr/bin/python3); Tauraro: tauraro 0.1.0. Wall time, median of 5 alternating runs after a warm-up; speedup = CPython time / Tauraro time; RSS = peak resident memory.

program                           CPython                Tauraro  speedup  CPython RSS  Tauraro RSS  status
------------------  ---------------------  ---------------------  -------  -----------  -----------  --------------------------------------------------------
micro/fib30         0.130 s [0.130-0.130]  0.065 s [0.065-0.065]    2.00x      7.8 MiB      3.9 MiB  ok
objects/exceptions  0.580 s [0.580-0.580]                      -        -      7.8 MiB            -  FAILED: SyntaxError: not supported yet: 'try' statements

geometric mean of speedups: micro 2.00x (1/1 passed), objects - (0/1 passed), all 2.00x (1/2 passed)
";
        assert_eq!(table, expected);
    }
}
