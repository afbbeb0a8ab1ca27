//! `--svg FILE`: a hand-written SVG bar chart of the speedups, one horizontal bar per program
//! on a log2 scale growing from a line at 1x (right and green: Tauraro faster; left and red:
//! slower), failures written in place of their bar, and the geometric means at the bottom.

use std::fmt::Write;

use super::report::RunInfo;
use super::results::{GroupMean, ProgramResult};

const WIDTH: f64 = 960.0;
const LABEL_WIDTH: f64 = 190.0;
const PLOT_LEFT: f64 = LABEL_WIDTH + 10.0;
const PLOT_RIGHT: f64 = WIDTH - 90.0;
const TOP: f64 = 64.0;
const ROW_HEIGHT: f64 = 20.0;
const BAR_HEIGHT: f64 = 14.0;
const FASTER: &str = "#2e8b57";
const SLOWER: &str = "#c0392b";
const MEAN: &str = "#2c6fbb";
const TEXT_GREY: &str = "#555555";
const GRID_GREY: &str = "#dddddd";

/// The log2 mapping from a speedup to an x coordinate, over whole powers of two that
/// include 1/2 and 2 and every value shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub low_exponent: i32,
    pub high_exponent: i32,
}

impl Scale {
    pub fn covering(values: impl IntoIterator<Item = f64>) -> Scale {
        let (mut low, mut high) = (0.5_f64, 2.0_f64);
        for v in values.into_iter().filter(|v| v.is_finite() && *v > 0.0) {
            low = low.min(v);
            high = high.max(v);
        }
        Scale {
            low_exponent: low.log2().floor() as i32,
            high_exponent: high.log2().ceil() as i32,
        }
    }

    pub fn x(&self, speedup: f64) -> f64 {
        let span = f64::from(self.high_exponent - self.low_exponent);
        let fraction = (speedup.log2() - f64::from(self.low_exponent)) / span;
        PLOT_LEFT + fraction.clamp(0.0, 1.0) * (PLOT_RIGHT - PLOT_LEFT)
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `1/4x`, `1x`, `8x`: tick labels for powers of two.
fn tick_label(exponent: i32) -> String {
    if exponent >= 0 {
        format!("{}x", 1_u64 << exponent)
    } else {
        format!("1/{}x", 1_u64 << -exponent)
    }
}

/// One chart row: a label and either a bar (a speedup) or a failure note.
struct Row {
    label: String,
    speedup: Option<f64>,
    note: String,
    colour: &'static str,
    bold: bool,
}

pub fn speedup_chart(info: &RunInfo, results: &[ProgramResult], means: &[GroupMean]) -> String {
    let mut rows: Vec<Row> = results
        .iter()
        .map(|r| {
            let speedup = r.speedup();
            Row {
                label: r.id(),
                speedup,
                note: match r.outcome.detail() {
                    Some(detail) => format!("{}: {detail}", r.outcome.label()),
                    None => String::new(),
                },
                colour: if speedup.is_some_and(|s| s < 1.0) {
                    SLOWER
                } else {
                    FASTER
                },
                bold: false,
            }
        })
        .collect();
    rows.extend(means.iter().map(|m| Row {
        label: format!("geomean {}", m.group),
        speedup: m.speedup,
        note: if m.speedup.is_none() {
            "no program passed".to_string()
        } else {
            String::new()
        },
        colour: MEAN,
        bold: true,
    }));
    let scale = Scale::covering(rows.iter().filter_map(|r| r.speedup));
    // A gap separates the programs from the means.
    let row_y = |index: usize| {
        let gap = if index >= results.len() {
            ROW_HEIGHT / 2.0
        } else {
            0.0
        };
        TOP + index as f64 * ROW_HEIGHT + gap
    };
    let plot_bottom = row_y(rows.len());
    let height = plot_bottom + 40.0;

    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="22" font-size="16" font-weight="bold">Tauraro speedup over CPython (log scale, higher is better)</text>"#,
        PLOT_LEFT - LABEL_WIDTH
    );
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="42" fill="{TEXT_GREY}">{}</text>"#,
        PLOT_LEFT - LABEL_WIDTH,
        escape(&format!(
            "{}, {}; {} vs {}; median of {} runs",
            info.date, info.machine, info.tauraro_version, info.python_version, info.runs
        ))
    );
    // Grid lines and tick labels at each power of two; the 1x line is drawn last, on top.
    for exponent in scale.low_exponent..=scale.high_exponent {
        let x = scale.x(2_f64.powi(exponent));
        let _ = writeln!(
            svg,
            r#"<line x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{plot_bottom}" stroke="{GRID_GREY}"/>"#
        );
        let _ = writeln!(
            svg,
            r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="{TEXT_GREY}">{}</text>"#,
            plot_bottom + 16.0,
            tick_label(exponent)
        );
    }
    for (index, row) in rows.iter().enumerate() {
        let y = row_y(index);
        let middle = y + ROW_HEIGHT / 2.0 + 4.0;
        let weight = if row.bold {
            r#" font-weight="bold""#
        } else {
            ""
        };
        let _ = writeln!(
            svg,
            r#"<text x="{LABEL_WIDTH}" y="{middle:.1}" text-anchor="end"{weight}>{}</text>"#,
            escape(&row.label)
        );
        let one = scale.x(1.0);
        match row.speedup {
            Some(speedup) => {
                let end = scale.x(speedup);
                let (left, right) = if end < one { (end, one) } else { (one, end) };
                let _ = writeln!(
                    svg,
                    r#"<rect x="{left:.1}" y="{:.1}" width="{:.1}" height="{BAR_HEIGHT}" fill="{}"><title>{}: {speedup:.2}x</title></rect>"#,
                    y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0,
                    (right - left).max(1.0),
                    row.colour,
                    escape(&row.label)
                );
                let _ = writeln!(
                    svg,
                    r#"<text x="{:.1}" y="{middle:.1}"{weight}>{speedup:.2}x</text>"#,
                    right + 4.0
                );
            }
            None => {
                let mut note = row.note.clone();
                if note.chars().count() > 90 {
                    note = note.chars().take(87).collect::<String>() + "...";
                }
                let _ = writeln!(
                    svg,
                    r#"<text x="{:.1}" y="{middle:.1}" fill="{SLOWER}">{}</text>"#,
                    one + 4.0,
                    escape(&note)
                );
            }
        }
    }
    let one = scale.x(1.0);
    let _ = writeln!(
        svg,
        r#"<line x1="{one:.1}" y1="{:.1}" x2="{one:.1}" y2="{plot_bottom}" stroke="black" stroke-width="1.5"/>"#,
        TOP - 4.0
    );
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::report::tests::sample_info;
    use crate::bench::results::group_means;
    use crate::bench::results::tests::sample;

    #[test]
    fn scale_is_logarithmic_over_powers_of_two() {
        let scale = Scale::covering([1.5]);
        assert_eq!(
            scale,
            Scale {
                low_exponent: -1,
                high_exponent: 1
            }
        );
        assert_eq!(scale.x(0.5), PLOT_LEFT);
        assert_eq!(scale.x(2.0), PLOT_RIGHT);
        assert!((scale.x(1.0) - (PLOT_LEFT + PLOT_RIGHT) / 2.0).abs() < 1e-9);
        let wide = Scale::covering([0.3, 5.0, f64::NAN]);
        assert_eq!(
            wide,
            Scale {
                low_exponent: -2,
                high_exponent: 3
            }
        );
        // Equal ratios are equal distances.
        let step = wide.x(2.0) - wide.x(1.0);
        assert!((wide.x(4.0) - wide.x(2.0) - step).abs() < 1e-9);
        assert_eq!(tick_label(-2), "1/4x");
        assert_eq!(tick_label(3), "8x");
    }

    #[test]
    fn chart_has_a_bar_per_passed_program_a_note_per_failure_and_the_1x_line() {
        let results = vec![
            sample("micro", "fib30", 1.0, Some(0.25)),
            sample("numeric", "slow", 1.0, Some(2.0)),
            sample("objects", "<exceptions>", 1.0, None),
        ];
        let svg = speedup_chart(&sample_info(), &results, &group_means(&results));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.trim_end().ends_with("</svg>"));
        // Two program bars, and the means of micro, numeric and all (objects has none).
        assert_eq!(svg.matches("<rect x=").count(), 5, "{svg}");
        assert!(svg.contains(">4.00x</text>"));
        assert!(svg.contains(&format!("fill=\"{SLOWER}\"><title>numeric/slow: 0.50x")));
        assert!(svg.contains("&lt;exceptions&gt;"));
        assert!(svg.contains("FAILED: SyntaxError: not supported yet: 'try' statements"));
        assert!(svg.contains("no program passed"));
        let scale = Scale::covering([4.0, 0.5, 1.0, 2.0]);
        assert!(svg.contains(&format!(
            "<line x1=\"{0:.1}\" y1=\"60.0\" x2=\"{0:.1}\"",
            scale.x(1.0)
        )));
        for label in ["1/2x", "1x", "2x", "4x"] {
            assert!(svg.contains(&format!(">{label}</text>")), "{label}");
        }
        // Every opened tag is closed.
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        assert_eq!(
            svg.matches("<title>").count(),
            svg.matches("</title>").count()
        );
    }
}
