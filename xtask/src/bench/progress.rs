//! The progress display on stderr: on a terminal, a bar redrawn in place with the current
//! program and run; elsewhere (a log, CI), just one line per finished program.

use std::io::{IsTerminal, Write};

pub struct Progress {
    total_steps: usize,
    done_steps: usize,
    programs: usize,
    program_index: usize,
    interactive: bool,
}

const BAR_WIDTH: usize = 24;

impl Progress {
    /// `steps_per_program` runs (warm-ups included) for each of `programs` programs.
    pub fn new(programs: usize, steps_per_program: usize) -> Progress {
        Progress {
            total_steps: programs * steps_per_program,
            done_steps: 0,
            programs,
            program_index: 0,
            interactive: std::io::stderr().is_terminal(),
        }
    }

    pub fn start_program(&mut self) {
        self.program_index += 1;
    }

    /// Shows what is about to run, e.g. `numeric/nbody: tauraro run 2/5`.
    pub fn step(&mut self, what: &str) {
        if self.interactive {
            let line = render_bar(
                self.done_steps,
                self.total_steps,
                self.program_index,
                self.programs,
                what,
            );
            let mut stderr = std::io::stderr().lock();
            // \r and "erase to end of line" redraw the bar in place.
            let _ = write!(stderr, "\r{line}\x1b[K");
            let _ = stderr.flush();
        }
        self.done_steps += 1;
    }

    /// Skips the remaining steps of a program (a failed implementation is not rerun).
    pub fn skip(&mut self, steps: usize) {
        self.done_steps += steps;
    }

    /// A permanent line for a finished program, or a loud message.
    pub fn println(&self, line: &str) {
        let mut stderr = std::io::stderr().lock();
        if self.interactive {
            let _ = write!(stderr, "\r\x1b[K");
        }
        let _ = writeln!(stderr, "{line}");
    }

    /// Clears the bar at the end.
    pub fn finish(&self) {
        if self.interactive {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        }
    }
}

/// `[#######.................]  12/40  numeric/nbody: cpython run 2/5`
fn render_bar(done: usize, total: usize, program: usize, programs: usize, what: &str) -> String {
    let filled = (done * BAR_WIDTH)
        .checked_div(total)
        .unwrap_or(0)
        .min(BAR_WIDTH);
    format!(
        "[{}{}] {program:>3}/{programs}  {what}",
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_fills_in_proportion() {
        assert_eq!(
            render_bar(0, 10, 1, 5, "micro/fib30: warm-up"),
            "[........................]   1/5  micro/fib30: warm-up"
        );
        assert_eq!(
            render_bar(5, 10, 3, 5, "x"),
            "[############............]   3/5  x"
        );
        assert_eq!(
            render_bar(12, 10, 5, 5, "x"),
            format!("[{}]   5/5  x", "#".repeat(24))
        );
        assert_eq!(
            render_bar(0, 0, 0, 0, "x"),
            format!("[{}]   0/0  x", ".".repeat(24))
        );
    }
}
