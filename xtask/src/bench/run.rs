//! Running one child process and measuring it: wall time, CPU time and peak resident set
//! size, with a time limit.
//!
//! The child is reaped with `wait4`, whose `rusage` gives its CPU time and peak RSS
//! (`ru_maxrss`). Linux's accounting has a catch: at `exec`, the kernel folds the high-water
//! RSS of the address space being replaced into the new program's `ru_maxrss`, and for a
//! spawned child that is the harness's own (about 6 MiB for a debug xtask). So while the child
//! runs, a watchdog thread also samples its `VmHWM` (the high-water RSS of its own address
//! space) in `/proc`; when `ru_maxrss` is no more than the harness's own high-water mark, the
//! sampled figure is the truth (it can only miss growth in the last sampling interval).

use std::ffi::OsStr;
use std::io::{self, Read};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How the child ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    /// Killed by the harness after the time limit.
    TimedOut,
}

/// Everything one run produced.
#[derive(Debug, Clone)]
pub struct RunOutput {
    pub exit: Exit,
    pub wall_s: f64,
    /// User plus system CPU time.
    pub cpu_s: f64,
    pub peak_rss_kib: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl RunOutput {
    pub fn succeeded(&self) -> bool {
        self.exit == Exit::Code(0)
    }

    /// A one-line account of a failed run: how it ended and stderr's last non-empty line
    /// (for an uncaught exception, the exception itself).
    pub fn failure_summary(&self) -> String {
        let how = match &self.exit {
            Exit::Code(code) => format!("exit code {code}"),
            Exit::Signal(signal) => format!("killed by signal {signal}"),
            Exit::TimedOut => "timed out".to_string(),
        };
        let stderr = String::from_utf8_lossy(&self.stderr);
        match stderr.lines().rev().find(|l| !l.trim().is_empty()) {
            Some(last) => format!("{how}: {}", last.trim()),
            None => how,
        }
    }
}

/// Runs `program args...` in `dir` with no stdin, capturing stdout and stderr, and kills it
/// after `timeout`.
pub fn run_measured(
    program: &Path,
    args: &[&OsStr],
    dir: &Path,
    timeout: Duration,
) -> io::Result<RunOutput> {
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so a timeout kills any grandchild holding the pipes too.
        .process_group(0)
        .spawn()?;
    let pid = libc::pid_t::try_from(child.id())
        .map_err(|_| io::Error::other("child pid out of range"))?;
    let stdout_reader = spawn_reader(child.stdout.take());
    let stderr_reader = spawn_reader(child.stderr.take());

    // The harness's own high-water RSS, which the kernel folded into the child's at exec.
    let harness_peak_kib = vm_hwm_kib("self").unwrap_or(0);

    let (finished, finished_signal) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || watch(pid, start, timeout, &finished_signal));

    // Wait for the exit without reaping: the pid stays ours until the watchdog is done.
    let waited = wait_without_reaping(pid);
    let wall_s = start.elapsed().as_secs_f64();
    // The watchdog may already have fired: then the receiver is gone and send fails.
    let _ = finished.send(());
    let (timed_out, sampled_peak_kib) = watchdog.join().unwrap_or((false, None));
    let (status, usage) = reap(pid)?;
    waited?;
    // The child is reaped by hand, so std's handle must not try again.
    drop(child);

    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(-1)
    };
    let reported_peak_kib = u64::try_from(usage.ru_maxrss).unwrap_or(0); // KiB on Linux
    let peak_rss_kib = match sampled_peak_kib {
        Some(sampled) if reported_peak_kib <= harness_peak_kib => sampled,
        _ => reported_peak_kib,
    };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1_000_000.0;
    Ok(RunOutput {
        exit,
        wall_s,
        cpu_s: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        peak_rss_kib,
        stdout,
        stderr,
    })
}

/// The watchdog: until the main thread reports the exit, samples the child's high-water RSS
/// (often at first, as short programs matter too) and kills its process group at the
/// deadline. Returns whether it killed, and the last sample.
fn watch(
    pid: libc::pid_t,
    start: Instant,
    timeout: Duration,
    finished: &mpsc::Receiver<()>,
) -> (bool, Option<u64>) {
    let proc_name = pid.to_string();
    let mut sampled = None;
    loop {
        let elapsed = start.elapsed();
        let Some(left) = timeout.checked_sub(elapsed).filter(|d| !d.is_zero()) else {
            // SAFETY: plain syscall. `pid` is our child, leader of its own group, and is
            // not reaped yet (the main thread waits with WNOWAIT until this thread is
            // joined), so neither the pid nor the group id can have been reused.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            return (true, sampled);
        };
        let interval = if elapsed < Duration::from_millis(100) {
            Duration::from_millis(2)
        } else {
            Duration::from_millis(20)
        };
        match finished.recv_timeout(interval.min(left)) {
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // A zombie has no VmHWM line: keep the last sample.
                if let Some(kib) = vm_hwm_kib(&proc_name) {
                    sampled = Some(kib);
                }
            }
            _ => return (false, sampled),
        }
    }
}

/// `VmHWM` of `/proc/<process>/status`, in KiB.
fn vm_hwm_kib(process: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{process}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line["VmHWM:".len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Reads a pipe to its end on its own thread, so a chatty child never blocks on a full pipe.
fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

fn wait_without_reaping(pid: libc::pid_t) -> io::Result<()> {
    loop {
        // SAFETY: an all-zero siginfo_t is a valid value, and waitid only writes into it.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let id = libc::id_t::try_from(pid).map_err(|_| io::Error::other("negative pid"))?;
        // SAFETY: `info` is a valid, writable siginfo_t for the duration of the call.
        let rc = unsafe { libc::waitid(libc::P_PID, id, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if rc == 0 {
            return Ok(());
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

fn reap(pid: libc::pid_t) -> io::Result<(libc::c_int, libc::rusage)> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: an all-zero rusage is a valid value, and wait4 only writes into it.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `status` and `usage` are valid and writable for the duration of the call.
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == pid {
            return Ok((status, usage));
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> RunOutput {
        let args = [OsStr::new("-c"), OsStr::new(script)];
        run_measured(Path::new("/bin/sh"), &args, Path::new("/"), timeout).unwrap()
    }

    #[test]
    fn captures_output_and_exit_code() {
        let out = sh("echo hello; echo oops >&2; exit 3", Duration::from_secs(10));
        assert_eq!(out.exit, Exit::Code(3));
        assert_eq!(out.stdout, b"hello\n");
        assert_eq!(out.failure_summary(), "exit code 3: oops");
        assert!(out.peak_rss_kib > 0);
        assert!(out.wall_s > 0.0);
        assert!(!out.succeeded());
    }

    #[test]
    fn kills_a_child_after_the_timeout() {
        let started = Instant::now();
        let out = sh("sleep 20", Duration::from_millis(200));
        assert_eq!(out.exit, Exit::TimedOut);
        assert_eq!(out.failure_summary(), "timed out");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn peak_memory_is_the_childs_own() {
        // A shell that grows to about 40 MiB: far above the harness's own RSS.
        let big = sh(
            "x=$(head -c 40000000 /dev/zero | tr '\\0' a); echo ${#x}",
            Duration::from_secs(30),
        );
        assert_eq!(big.stdout, b"40000000\n");
        assert!(big.peak_rss_kib > 40_000, "{}", big.peak_rss_kib);
        // A tiny shell: below the harness's high-water mark, so the sampled figure is used.
        let small = sh("sleep 0.1", Duration::from_secs(10));
        let harness = vm_hwm_kib("self").unwrap();
        assert!(small.peak_rss_kib > 0);
        assert!(
            small.peak_rss_kib < harness,
            "{} vs {harness}",
            small.peak_rss_kib
        );
    }
}
