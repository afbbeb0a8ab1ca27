//! The command line of `cargo xtask bench`.

use std::path::PathBuf;
use std::time::Duration;

use regex::Regex;

pub const USAGE: &str = "\
usage: cargo xtask bench [OPTIONS]

Builds the release tauraro binary, then runs every benches/programs/<group>/<name>.py under
Tauraro and CPython alternately (after one warm-up run of each), checks that both print the
same output, and reports wall time (median, min, max), peak RSS and the speedup
CPython/Tauraro per program, with geometric means per group and overall.
Exits non-zero if any program fails under Tauraro or prints a different output.

options:
  --runs N          timed runs of each implementation per program (default 5)
  --python PATH     the CPython to compare with (default /usr/bin/python3)
  --tauraro PATH    use this tauraro binary instead of building one
  --filter REGEX    only programs whose group/name matches, e.g. '^micro/' or 'fib|nbody'
  --timeout SECS    time limit of one run (default 60)
  --json FILE       write the results as JSON
  --svg FILE        write a bar chart of the speedups (log scale) as SVG
  --readme          rewrite the table in README.md between <!-- bench:start --> and
                    <!-- bench:end --> (an error if the markers are missing)
";

const DEFAULT_PYTHON: &str = "/usr/bin/python3";

#[derive(Debug)]
pub struct Options {
    pub runs: usize,
    pub python: PathBuf,
    pub tauraro: Option<PathBuf>,
    pub filter: Option<Regex>,
    pub timeout: Duration,
    pub json: Option<PathBuf>,
    pub svg: Option<PathBuf>,
    pub readme: bool,
}

/// `Ok(None)` for `--help`.
pub fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut options = Options {
        runs: 5,
        python: PathBuf::from(DEFAULT_PYTHON),
        tauraro: None,
        filter: None,
        timeout: Duration::from_secs(60),
        json: None,
        svg: None,
        readme: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        // Both `--opt value` and `--opt=value`.
        let (name, inline_value) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || {
            inline_value
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name {
            "-h" | "--help" => return Ok(None),
            "--runs" => {
                let text = value()?;
                options.runs = text.parse().ok().filter(|n| *n >= 1).ok_or_else(|| {
                    format!("--runs needs a whole number of at least 1, not {text:?}")
                })?;
            }
            "--python" => options.python = PathBuf::from(value()?),
            "--tauraro" => options.tauraro = Some(PathBuf::from(value()?)),
            "--filter" => {
                let pattern = value()?;
                let regex = Regex::new(&pattern).map_err(|e| format!("--filter: {e}"))?;
                options.filter = Some(regex);
            }
            "--timeout" => {
                let text = value()?;
                let seconds: f64 = text
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0)
                    .ok_or_else(|| {
                        format!("--timeout needs a positive number of seconds, not {text:?}")
                    })?;
                options.timeout = Duration::from_secs_f64(seconds);
            }
            "--json" => options.json = Some(PathBuf::from(value()?)),
            "--svg" => options.svg = Some(PathBuf::from(value()?)),
            "--readme" if inline_value.is_none() => options.readme = true,
            _ => return Err(format!("unknown argument {arg:?}\n\n{USAGE}")),
        }
    }
    Ok(Some(options))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_args(args: &[&str]) -> Result<Option<Options>, String> {
        parse(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn defaults() {
        let options = parse_args(&[]).unwrap().unwrap();
        assert_eq!(options.runs, 5);
        assert_eq!(options.python, PathBuf::from("/usr/bin/python3"));
        assert_eq!(options.timeout, Duration::from_secs(60));
        assert!(options.filter.is_none() && options.json.is_none() && options.svg.is_none());
        assert!(!options.readme && options.tauraro.is_none());
    }

    #[test]
    fn every_option_in_both_spellings() {
        let options = parse_args(&[
            "--runs",
            "3",
            "--python=/opt/py",
            "--filter",
            "^micro/",
            "--timeout=2.5",
            "--json",
            "out.json",
            "--svg=chart.svg",
            "--readme",
            "--tauraro",
            "/t",
        ])
        .unwrap()
        .unwrap();
        assert_eq!(options.runs, 3);
        assert_eq!(options.python, PathBuf::from("/opt/py"));
        assert!(options.filter.as_ref().unwrap().is_match("micro/fib30"));
        assert!(!options.filter.as_ref().unwrap().is_match("objects/micro"));
        assert_eq!(options.timeout, Duration::from_millis(2500));
        assert_eq!(options.json, Some(PathBuf::from("out.json")));
        assert_eq!(options.svg, Some(PathBuf::from("chart.svg")));
        assert_eq!(options.tauraro, Some(PathBuf::from("/t")));
        assert!(options.readme);
    }

    #[test]
    fn bad_arguments_are_explained() {
        assert!(parse_args(&["--help"]).unwrap().is_none());
        assert!(
            parse_args(&["--runs", "0"])
                .unwrap_err()
                .contains("at least 1")
        );
        assert!(
            parse_args(&["--runs"])
                .unwrap_err()
                .contains("needs a value")
        );
        assert!(
            parse_args(&["--timeout", "-1"])
                .unwrap_err()
                .contains("positive")
        );
        assert!(
            parse_args(&["--filter", "("])
                .unwrap_err()
                .starts_with("--filter:")
        );
        assert!(
            parse_args(&["--fast"])
                .unwrap_err()
                .contains("unknown argument")
        );
        assert!(
            parse_args(&["--readme=yes"])
                .unwrap_err()
                .contains("unknown argument")
        );
    }
}
