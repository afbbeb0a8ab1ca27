//! `cargo xtask bench`: the benchmark suite in `benches/programs/` run under Tauraro and
//! CPython, compared for speed, memory and output. See `options::USAGE`.
//!
//! The pieces, in the order a run uses them: `options` (command line), `programs` (the
//! suite on disk), `build` (the release binary, versions), `measure` (one program: warm-up,
//! alternating runs, output check) over `run` (one child process: wall time, CPU time, peak
//! RSS, timeout) and `progress` (stderr display); then `results` and `stats` (speedups,
//! geometric means) and the reports: `report` (plain table), `json`, `svg`, `readme`.

mod build;
mod json;
mod machine;
mod measure;
mod options;
mod programs;
mod progress;
mod readme;
mod report;
mod results;
mod run;
mod stats;
mod svg;

use std::path::Path;

use crate::codegen::project_root;
use measure::{Implementations, measure_program, steps_per_program};
use progress::Progress;
use report::{RunInfo, format_ratio, format_seconds};
use results::{Outcome, group_means};

/// Runs the subcommand; `Ok(false)` when some program failed or mismatched (the reports are
/// still written).
pub fn run(args: &[String]) -> Result<bool, String> {
    let Some(options) = options::parse(args)? else {
        print!("{}", options::USAGE);
        return Ok(true);
    };
    let root = project_root();
    let readme_path = root.join("README.md");
    if options.readme {
        // Fail before the long run, not after it.
        let text = read(&readme_path)?;
        readme::rewrite_between_markers(&text, "")
            .map_err(|e| format!("{}: {e}", readme_path.display()))?;
    }
    let programs = programs::discover(&root.join("benches/programs"), options.filter.as_ref())?;
    if programs.is_empty() {
        return Err("no benchmark program matches the filter".into());
    }
    let python_version = build::version_of(&options.python)?;
    let tauraro = match &options.tauraro {
        // Absolute, because each program runs in its own folder.
        Some(path) => {
            std::path::absolute(path).map_err(|e| format!("--tauraro {}: {e}", path.display()))?
        }
        None => build::build_release_tauraro(&root)?,
    };
    let tauraro_version = build::version_of(&tauraro)?;
    let info = RunInfo {
        date: machine::today_utc(),
        machine: machine::describe(),
        python_path: options.python.display().to_string(),
        python_version,
        tauraro_path: tauraro.display().to_string(),
        tauraro_version,
        runs: options.runs,
        timeout_s: options.timeout.as_secs_f64(),
    };
    eprintln!(
        "{} programs, {} timed runs each after a warm-up; CPython: {} ({}); Tauraro: {} ({})",
        programs.len(),
        info.runs,
        info.python_version,
        info.python_path,
        info.tauraro_version,
        info.tauraro_path
    );

    let implementations = Implementations {
        python: &options.python,
        tauraro: &tauraro,
        runs: options.runs,
        timeout: options.timeout,
    };
    let mut progress = Progress::new(programs.len(), steps_per_program(options.runs));
    let mut results = Vec::with_capacity(programs.len());
    for program in &programs {
        progress.start_program();
        let result = measure_program(program, &implementations, &mut progress);
        let seconds = |s: Option<&stats::Summary>| {
            s.map_or("-".to_string(), |s| {
                format!("{} s", format_seconds(s.median_s))
            })
        };
        let line = format!(
            "{:<28} cpython {:>9}  tauraro {:>9}  {:>7}",
            result.id(),
            seconds(result.python.as_ref()),
            seconds(result.tauraro.as_ref()),
            format_ratio(result.speedup())
        );
        match result.outcome.detail() {
            None => progress.println(&line),
            // Loud: a failure must not scroll by unnoticed.
            Some(detail) => progress.println(&format!(
                "{line}\n  !!! {}: {detail}",
                result.outcome.label()
            )),
        }
        results.push(result);
    }
    progress.finish();

    let means = group_means(&results);
    println!("\n{}", report::plain_table(&info, &results, &means));
    if let Some(path) = &options.json {
        write(path, &json::report_json(&info, &results, &means).pretty())?;
        eprintln!("wrote {}", path.display());
    }
    if let Some(path) = &options.svg {
        write(path, &svg::speedup_chart(&info, &results, &means))?;
        eprintln!("wrote {}", path.display());
    }
    if options.readme {
        let block = readme::markdown_table(&info, &results, &means);
        let text = readme::rewrite_between_markers(&read(&readme_path)?, &block)
            .map_err(|e| format!("{}: {e}", readme_path.display()))?;
        write(&readme_path, &text)?;
        eprintln!("rewrote the results table in {}", readme_path.display());
    }

    let failures: Vec<_> = results
        .iter()
        .filter(|r| r.outcome != Outcome::Passed)
        .collect();
    if failures.is_empty() {
        return Ok(true);
    }
    eprintln!(
        "\n!!! {} of {} programs did not pass:",
        failures.len(),
        results.len()
    );
    for failure in failures {
        eprintln!(
            "!!!   {}: {}: {}",
            failure.id(),
            failure.outcome.label(),
            failure.outcome.detail().unwrap_or("")
        );
    }
    Ok(false)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}
