//! `--readme`: the results as a Markdown table, written into `README.md` between the
//! `<!-- bench:start -->` and `<!-- bench:end -->` markers (and nowhere else).

use super::report::{RunInfo, format_memory, format_ratio, format_seconds, format_status};
use super::results::{GroupMean, ProgramResult};

pub const START_MARKER: &str = "<!-- bench:start -->";
pub const END_MARKER: &str = "<!-- bench:end -->";

/// The block that goes between the markers: a heading sentence, the table and the means.
pub fn markdown_table(info: &RunInfo, results: &[ProgramResult], means: &[GroupMean]) -> String {
    let mut out = String::new();
    out.push_str(&info.heading());
    out.push_str("\n\n");
    out.push_str(
        "| program | CPython (s) | Tauraro (s) | speedup | CPython RSS | Tauraro RSS | status |\n",
    );
    out.push_str("|---|---:|---:|---:|---:|---:|---|\n");
    for r in results {
        let seconds = |s: Option<&super::stats::Summary>| {
            s.map_or("-".to_string(), |s| format_seconds(s.median_s))
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            r.id(),
            seconds(r.python.as_ref()),
            seconds(r.tauraro.as_ref()),
            format_ratio(r.speedup()),
            format_memory(r.python.as_ref()),
            format_memory(r.tauraro.as_ref()),
            escape_cell(&format_status(r)),
        ));
    }
    for mean in means {
        out.push_str(&format!(
            "| **geomean {}** | | | **{}** | | | {}/{} passed |\n",
            mean.group,
            format_ratio(mean.speedup),
            mean.passed,
            mean.total
        ));
    }
    out
}

/// A table cell cannot hold a raw `|` or a line break.
fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// `text` with everything between the markers replaced by `block`; the markers stay.
pub fn rewrite_between_markers(text: &str, block: &str) -> Result<String, String> {
    let start = text
        .find(START_MARKER)
        .ok_or_else(|| format!("no {START_MARKER} marker"))?;
    let after_start = start + START_MARKER.len();
    let end = text[after_start..]
        .find(END_MARKER)
        .map(|offset| after_start + offset)
        .ok_or_else(|| format!("no {END_MARKER} marker after {START_MARKER}"))?;
    if text[end + END_MARKER.len()..].contains(START_MARKER) {
        return Err(format!("more than one {START_MARKER} marker"));
    }
    let mut out = String::with_capacity(text.len() + block.len());
    out.push_str(&text[..after_start]);
    out.push('\n');
    out.push_str(block.trim_end());
    out.push('\n');
    out.push_str(&text[end..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::report::tests::sample_info;
    use crate::bench::results::group_means;
    use crate::bench::results::tests::sample;

    #[test]
    fn rewrites_only_between_the_markers() {
        let readme =
            "# Tauraro\n\nintro\n<!-- bench:start -->\nold table\n<!-- bench:end -->\nafter\n";
        let rewritten = rewrite_between_markers(readme, "new table\n").unwrap();
        assert_eq!(
            rewritten,
            "# Tauraro\n\nintro\n<!-- bench:start -->\nnew table\n<!-- bench:end -->\nafter\n"
        );
        // Idempotent.
        assert_eq!(
            rewrite_between_markers(&rewritten, "new table").unwrap(),
            rewritten
        );
        // Markers on one line.
        assert_eq!(
            rewrite_between_markers("a <!-- bench:start --><!-- bench:end --> b", "t").unwrap(),
            "a <!-- bench:start -->\nt\n<!-- bench:end --> b"
        );
    }

    #[test]
    fn missing_or_misplaced_markers_are_errors() {
        assert!(
            rewrite_between_markers("no markers", "t")
                .unwrap_err()
                .contains("bench:start")
        );
        assert!(
            rewrite_between_markers("<!-- bench:start --> only", "t")
                .unwrap_err()
                .contains("bench:end")
        );
        assert!(rewrite_between_markers("<!-- bench:end --> <!-- bench:start -->", "t").is_err());
        let twice = "<!-- bench:start --><!-- bench:end --><!-- bench:start --><!-- bench:end -->";
        assert!(
            rewrite_between_markers(twice, "t")
                .unwrap_err()
                .contains("more than one")
        );
    }

    #[test]
    fn markdown_rows_and_means() {
        let mut failing = sample("objects", "exceptions", 0.58, None);
        failing.outcome =
            crate::bench::results::Outcome::TauraroFailed("exit code 1: a | b".into());
        let results = vec![sample("micro", "fib30", 0.13, Some(0.065)), failing];
        let table = markdown_table(&sample_info(), &results, &group_means(&results));
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("2026-01-05, Test CPU"));
        assert_eq!(
            lines[2],
            "| program | CPython (s) | Tauraro (s) | speedup | CPython RSS | Tauraro RSS | status |"
        );
        assert_eq!(
            lines[4],
            "| micro/fib30 | 0.130 | 0.065 | 2.00x | 7.8 MiB | 3.9 MiB | ok |"
        );
        assert_eq!(
            lines[5],
            "| objects/exceptions | 0.580 | - | - | 7.8 MiB | - | FAILED: exit code 1: a \\| b |"
        );
        assert_eq!(
            lines[8],
            "| **geomean all** | | | **2.00x** | | | 1/2 passed |"
        );
    }
}
