//! The `--json FILE` report: a small JSON value type with a pretty printer (a serializer
//! dependency would cost more build time than this), and the results as such a value.

use std::fmt::Write;

use super::report::RunInfo;
use super::results::{GroupMean, ProgramResult};
use super::stats::Summary;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn object(members: Vec<(&str, Json)>) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    fn string(s: &str) -> Json {
        Json::String(s.to_string())
    }

    fn optional_number(n: Option<f64>) -> Json {
        n.map_or(Json::Null, Json::Number)
    }

    /// Two-space indented text, members in insertion order.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write_pretty(&mut out, 0);
        out.push('\n');
        out
    }

    fn write_pretty(&self, out: &mut String, indent: usize) {
        let pad = |out: &mut String, level: usize| out.push_str(&"  ".repeat(level));
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            // JSON has no NaN or infinity.
            Json::Number(n) if !n.is_finite() => out.push_str("null"),
            Json::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Json::String(s) => write_string(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Array(items) => {
                // Arrays of plain numbers (the run times) stay on one line.
                if items.iter().all(|i| matches!(i, Json::Number(_))) {
                    out.push('[');
                    for (index, item) in items.iter().enumerate() {
                        if index > 0 {
                            out.push_str(", ");
                        }
                        item.write_pretty(out, indent);
                    }
                    out.push(']');
                    return;
                }
                out.push_str("[\n");
                for (index, item) in items.iter().enumerate() {
                    pad(out, indent + 1);
                    item.write_pretty(out, indent + 1);
                    out.push_str(if index + 1 < items.len() { ",\n" } else { "\n" });
                }
                pad(out, indent);
                out.push(']');
            }
            Json::Object(members) if members.is_empty() => out.push_str("{}"),
            Json::Object(members) => {
                out.push_str("{\n");
                for (index, (key, value)) in members.iter().enumerate() {
                    pad(out, indent + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write_pretty(out, indent + 1);
                    out.push_str(if index + 1 < members.len() {
                        ",\n"
                    } else {
                        "\n"
                    });
                }
                pad(out, indent);
                out.push('}');
            }
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn summary_json(summary: Option<&Summary>) -> Json {
    let Some(s) = summary else {
        return Json::Null;
    };
    Json::object(vec![
        ("median_s", Json::Number(s.median_s)),
        ("min_s", Json::Number(s.min_s)),
        ("max_s", Json::Number(s.max_s)),
        ("cpu_median_s", Json::Number(s.cpu_median_s)),
        ("peak_rss_kib", Json::Number(s.peak_rss_kib as f64)),
        (
            "times_s",
            Json::Array(s.times_s.iter().map(|t| Json::Number(*t)).collect()),
        ),
    ])
}

/// The whole run as one JSON document.
pub fn report_json(info: &RunInfo, results: &[ProgramResult], means: &[GroupMean]) -> Json {
    let programs = results
        .iter()
        .map(|r| {
            Json::object(vec![
                ("id", Json::String(r.id())),
                ("group", Json::string(&r.group)),
                ("name", Json::string(&r.name)),
                ("status", Json::string(r.outcome.label())),
                (
                    "detail",
                    r.outcome.detail().map_or(Json::Null, Json::string),
                ),
                ("speedup", Json::optional_number(r.speedup())),
                ("memory_ratio", Json::optional_number(r.memory_ratio())),
                ("cpython", summary_json(r.python.as_ref())),
                ("tauraro", summary_json(r.tauraro.as_ref())),
            ])
        })
        .collect();
    let geomeans = means
        .iter()
        .map(|m| {
            Json::object(vec![
                ("group", Json::string(&m.group)),
                ("speedup", Json::optional_number(m.speedup)),
                ("passed", Json::Number(m.passed as f64)),
                ("total", Json::Number(m.total as f64)),
            ])
        })
        .collect();
    Json::object(vec![
        ("date", Json::string(&info.date)),
        ("machine", Json::string(&info.machine)),
        (
            "cpython",
            Json::object(vec![
                ("path", Json::string(&info.python_path)),
                ("version", Json::string(&info.python_version)),
            ]),
        ),
        (
            "tauraro",
            Json::object(vec![
                ("path", Json::string(&info.tauraro_path)),
                ("version", Json::string(&info.tauraro_version)),
            ]),
        ),
        ("runs", Json::Number(info.runs as f64)),
        ("timeout_s", Json::Number(info.timeout_s)),
        (
            "all_passed",
            Json::Bool(results.iter().all(|r| r.speedup().is_some())),
        ),
        ("programs", Json::Array(programs)),
        ("geomeans", Json::Array(geomeans)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::report::tests::sample_info;
    use crate::bench::results::group_means;
    use crate::bench::results::tests::sample;

    #[test]
    fn pretty_printing_and_escapes() {
        let value = Json::object(vec![
            ("name", Json::string("a \"quoted\"\\path\n\u{1}")),
            (
                "times",
                Json::Array(vec![Json::Number(0.5), Json::Number(2.0)]),
            ),
            (
                "nested",
                Json::Array(vec![Json::object(vec![("ok", Json::Bool(true))])]),
            ),
            ("missing", Json::Null),
            ("nan", Json::Number(f64::NAN)),
            ("empty", Json::Array(vec![])),
        ]);
        let expected = r#"{
  "name": "a \"quoted\"\\path\n\u0001",
  "times": [0.5, 2],
  "nested": [
    {
      "ok": true
    }
  ],
  "missing": null,
  "nan": null,
  "empty": []
}
"#;
        assert_eq!(value.pretty(), expected);
    }

    #[test]
    fn report_carries_statuses_speedups_and_means() {
        let results = vec![
            sample("micro", "fib30", 1.0, Some(0.5)),
            sample("objects", "exceptions", 0.6, None),
        ];
        let text = report_json(&sample_info(), &results, &group_means(&results)).pretty();
        assert!(text.contains(r#""id": "micro/fib30""#), "{text}");
        assert!(text.contains(r#""speedup": 2,"#), "{text}");
        assert!(text.contains(r#""status": "FAILED""#), "{text}");
        assert!(text.contains(r#""detail": "SyntaxError: not supported yet: 'try' statements""#));
        assert!(text.contains(r#""tauraro": null"#), "{text}");
        assert!(text.contains(r#""all_passed": false"#), "{text}");
        assert!(text.contains(r#""version": "Python 3.11.2""#), "{text}");
    }
}
