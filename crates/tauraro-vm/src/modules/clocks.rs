//! The clocks behind `time`: the wall clock, the monotonic clock (`monotonic`,
//! `perf_counter`) and the process's CPU time (`process_time`), in nanoseconds.
//!
//! On Linux they are read with `clock_gettime`, the call CPython makes, so the monotonic
//! clock counts from the same origin as CPython's. Elsewhere the monotonic clock counts from
//! the first reading and the CPU clock is not available.

/// Nanoseconds since the Unix epoch.
pub(crate) fn wall_clock_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(since) => since.as_nanos() as i128,
        Err(before) => -(before.duration().as_nanos() as i128),
    }
}

#[cfg(target_os = "linux")]
mod linux {
    /// `struct timespec` on 64-bit Linux.
    #[repr(C)]
    pub struct Timespec {
        pub seconds: i64,
        pub nanoseconds: i64,
    }

    pub const CLOCK_MONOTONIC: i32 = 1;
    pub const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

    unsafe extern "C" {
        pub fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }

    /// The reading of `clock` in nanoseconds, or None if the call fails.
    pub fn read(clock: i32) -> Option<i128> {
        let mut time = Timespec {
            seconds: 0,
            nanoseconds: 0,
        };
        // SAFETY: `time` is a valid, writable `struct timespec` for the duration of the
        // call, which writes only into it; `clock` is a clock id Linux defines.
        let status = unsafe { clock_gettime(clock, &mut time) };
        (status == 0)
            .then(|| i128::from(time.seconds) * 1_000_000_000 + i128::from(time.nanoseconds))
    }
}

/// Nanoseconds on the monotonic clock.
pub(crate) fn monotonic_ns() -> i128 {
    #[cfg(target_os = "linux")]
    if let Some(now) = linux::read(linux::CLOCK_MONOTONIC) {
        return now;
    }
    static ORIGIN: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    ORIGIN
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_nanos() as i128
}

/// Nanoseconds of CPU time the process has used, if the platform can tell.
pub(crate) fn process_time_ns() -> Option<i128> {
    #[cfg(target_os = "linux")]
    {
        linux::read(linux::CLOCK_PROCESS_CPUTIME_ID)
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_move_forward() {
        let first = monotonic_ns();
        let second = monotonic_ns();
        assert!(second >= first);
        assert!(wall_clock_ns() > 1_600_000_000 * 1_000_000_000);
        if let Some(cpu) = process_time_ns() {
            assert!(cpu >= 0);
        }
    }
}
