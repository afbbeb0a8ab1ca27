//! Benchmarking one program: a warm-up run of each implementation, then Tauraro and CPython
//! alternately, so that a drift in the machine's speed hits both alike; every run's output
//! is checked against CPython's.

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use super::programs::Program;
use super::progress::Progress;
use super::results::{Outcome, ProgramResult};
use super::run::{RunOutput, run_measured};
use super::stats::Summary;

pub struct Implementations<'a> {
    pub python: &'a Path,
    pub tauraro: &'a Path,
    pub runs: usize,
    pub timeout: Duration,
}

/// Runs per program, for the progress bar: a warm-up and `runs` timed runs of each.
pub fn steps_per_program(runs: usize) -> usize {
    2 * (runs + 1)
}

pub fn measure_program(
    program: &Program,
    implementations: &Implementations,
    progress: &mut Progress,
) -> ProgramResult {
    let runs = implementations.runs;
    let mut session = Session {
        id: program.id(),
        program,
        timeout: implementations.timeout,
        progress,
        remaining: steps_per_program(runs),
    };
    let mut result = ProgramResult {
        group: program.group.clone(),
        name: program.name.clone(),
        python: None,
        tauraro: None,
        outcome: Outcome::Passed,
    };

    let reference = match session.run(implementations.python, "cpython warm-up") {
        Ok(output) if output.succeeded() => output.stdout,
        Ok(output) => {
            result.outcome = Outcome::PythonFailed(output.failure_summary());
            session.skip_rest();
            return result;
        }
        Err(err) => {
            result.outcome = Outcome::PythonFailed(err);
            session.skip_rest();
            return result;
        }
    };

    // Tauraro's verdict so far; once it has failed it is not run again.
    let mut tauraro_failure: Option<String> = None;
    let mut mismatch: Option<String> = None;
    let mut check_tauraro = |output: Result<RunOutput, String>| -> Option<RunOutput> {
        match output {
            Ok(output) if output.succeeded() => {
                if output.stdout != reference && mismatch.is_none() {
                    mismatch = Some(describe_difference(&reference, &output.stdout));
                }
                Some(output)
            }
            Ok(output) => {
                tauraro_failure = Some(output.failure_summary());
                None
            }
            Err(err) => {
                tauraro_failure = Some(err);
                None
            }
        }
    };
    let warmup = session.run(implementations.tauraro, "tauraro warm-up");
    let mut tauraro_alive = check_tauraro(warmup).is_some();
    if !tauraro_alive {
        session.skip(runs);
    }

    let mut python_samples = Vec::new();
    let mut tauraro_samples = Vec::new();
    let mut python_failure: Option<String> = None;
    for index in 1..=runs {
        if tauraro_alive {
            let output = session.run(
                implementations.tauraro,
                &format!("tauraro run {index}/{runs}"),
            );
            match check_tauraro(output) {
                Some(output) => tauraro_samples.push(sample_of(&output)),
                None => {
                    tauraro_alive = false;
                    session.skip(runs - index);
                }
            }
        }
        match session.run(
            implementations.python,
            &format!("cpython run {index}/{runs}"),
        ) {
            Ok(output) if output.succeeded() && output.stdout == reference => {
                python_samples.push(sample_of(&output));
            }
            Ok(output) if output.succeeded() => {
                python_failure = Some(format!(
                    "nondeterministic output: {}",
                    describe_difference(&reference, &output.stdout)
                ));
            }
            Ok(output) => python_failure = Some(output.failure_summary()),
            Err(err) => python_failure = Some(err),
        }
        if python_failure.is_some() {
            break;
        }
    }
    session.skip_rest();

    result.python = Summary::of(&python_samples);
    result.tauraro = Summary::of(&tauraro_samples);
    result.outcome = if let Some(failure) = python_failure {
        Outcome::PythonFailed(failure)
    } else if let Some(failure) = tauraro_failure {
        Outcome::TauraroFailed(failure)
    } else if let Some(difference) = mismatch {
        Outcome::Mismatch(difference)
    } else {
        Outcome::Passed
    };
    result
}

/// The runs of one program, kept in step with the progress bar.
struct Session<'a> {
    id: String,
    program: &'a Program,
    timeout: Duration,
    progress: &'a mut Progress,
    /// Steps of this program not yet run or skipped.
    remaining: usize,
}

impl Session<'_> {
    fn run(&mut self, exe: &Path, what: &str) -> Result<RunOutput, String> {
        self.progress.step(&format!("{}: {what}", self.id));
        self.remaining = self.remaining.saturating_sub(1);
        execute(exe, self.program, self.timeout)
    }

    fn skip(&mut self, steps: usize) {
        let steps = steps.min(self.remaining);
        self.progress.skip(steps);
        self.remaining -= steps;
    }

    fn skip_rest(&mut self) {
        self.skip(self.remaining);
    }
}

/// Runs `exe program.py` in the program's folder.
fn execute(exe: &Path, program: &Program, timeout: Duration) -> Result<RunOutput, String> {
    let dir = program.path.parent().unwrap_or(Path::new("."));
    let file = program.path.file_name().unwrap_or(OsStr::new(""));
    run_measured(exe, &[file], dir, timeout)
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))
}

fn sample_of(output: &RunOutput) -> (f64, f64, u64) {
    (output.wall_s, output.cpu_s, output.peak_rss_kib)
}

/// Where Tauraro's output first departs from CPython's, in one line.
pub fn describe_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let expected_lines: Vec<&str> = expected.lines().collect();
    let actual_lines: Vec<&str> = actual.lines().collect();
    let shorten = |line: &str| {
        if line.chars().count() > 60 {
            format!("{}...", line.chars().take(57).collect::<String>())
        } else {
            line.to_string()
        }
    };
    for (index, (want, got)) in expected_lines.iter().zip(&actual_lines).enumerate() {
        if want != got {
            return format!(
                "line {}: CPython printed {:?}, Tauraro {:?}",
                index + 1,
                shorten(want),
                shorten(got)
            );
        }
    }
    if expected_lines.len() != actual_lines.len() {
        return format!(
            "CPython printed {} lines, Tauraro {}",
            expected_lines.len(),
            actual_lines.len()
        );
    }
    "outputs differ in line endings or a final newline".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_name_the_first_differing_line() {
        assert_eq!(
            describe_difference(b"1\n2\n3\n", b"1\n5\n3\n"),
            "line 2: CPython printed \"2\", Tauraro \"5\""
        );
        assert_eq!(
            describe_difference(b"1\n2\n", b"1\n"),
            "CPython printed 2 lines, Tauraro 1"
        );
        assert_eq!(
            describe_difference(b"1\n", b"1"),
            "outputs differ in line endings or a final newline"
        );
        let long = "x".repeat(100);
        let message = describe_difference(long.as_bytes(), b"y");
        assert!(
            message.contains(&format!("{}...", "x".repeat(57))),
            "{message}"
        );
    }

    #[test]
    fn a_failing_tauraro_is_reported_and_cpython_still_timed() {
        let dir = std::env::temp_dir().join(format!("xtask-bench-measure-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let program_path = dir.join("prog.py");
        std::fs::write(&program_path, "ignored").unwrap();
        // Stand-ins for the two implementations: shell scripts that ignore the program.
        let script = |name: &str, body: &str| {
            let path = dir.join(name);
            std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
            std::process::Command::new("chmod")
                .arg("+x")
                .arg(&path)
                .status()
                .unwrap();
            path
        };
        let python = script("python", "echo 42");
        let failing = script(
            "failing",
            "echo 'SyntaxError: not supported yet: x' >&2; exit 1",
        );
        let wrong = script("wrong", "echo 41");
        let right = script("right", "echo 42");
        let program = Program {
            group: "g".into(),
            name: "prog".into(),
            path: program_path,
        };
        let measure = |tauraro: &Path| {
            let implementations = Implementations {
                python: &python,
                tauraro,
                runs: 3,
                timeout: Duration::from_secs(10),
            };
            let mut progress = Progress::new(1, steps_per_program(3));
            measure_program(&program, &implementations, &mut progress)
        };

        let failed = measure(&failing);
        assert_eq!(
            failed.outcome,
            Outcome::TauraroFailed("exit code 1: SyntaxError: not supported yet: x".into())
        );
        assert_eq!(failed.python.as_ref().unwrap().times_s.len(), 3);
        assert!(failed.tauraro.is_none());

        let mismatched = measure(&wrong);
        assert_eq!(
            mismatched.outcome,
            Outcome::Mismatch("line 1: CPython printed \"42\", Tauraro \"41\"".into())
        );
        assert_eq!(mismatched.speedup(), None);

        let passed = measure(&right);
        assert_eq!(passed.outcome, Outcome::Passed);
        assert_eq!(passed.tauraro.as_ref().unwrap().times_s.len(), 3);
        assert!(passed.speedup().is_some());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
