//! Summary statistics of repeated timings: median, extremes and geometric means.

/// Median of `values` (the mean of the two middle values for an even count); `None` if empty.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    })
}

/// Geometric mean of positive `values`, the right average for ratios (a 2x win and a 2x
/// loss average to 1x); `None` if empty or if any value is not a positive finite number.
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|v| !v.is_finite() || *v <= 0.0) {
        return None;
    }
    let log_sum: f64 = values.iter().map(|v| v.ln()).sum();
    Some((log_sum / values.len() as f64).exp())
}

/// Wall-time and memory summary of the timed runs of one implementation on one program.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Wall time of each timed run, in seconds, in run order.
    pub times_s: Vec<f64>,
    pub median_s: f64,
    pub min_s: f64,
    pub max_s: f64,
    /// Median user+system CPU time, in seconds (steadier than wall time on a busy machine).
    pub cpu_median_s: f64,
    /// Largest peak resident set size over the runs, in KiB.
    pub peak_rss_kib: u64,
}

impl Summary {
    /// Summarises runs given as (wall seconds, CPU seconds, peak RSS KiB); `None` if empty.
    pub fn of(runs: &[(f64, f64, u64)]) -> Option<Summary> {
        let times_s: Vec<f64> = runs.iter().map(|r| r.0).collect();
        let cpu: Vec<f64> = runs.iter().map(|r| r.1).collect();
        Some(Summary {
            median_s: median(&times_s)?,
            min_s: times_s.iter().copied().fold(f64::INFINITY, f64::min),
            max_s: times_s.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            cpu_median_s: median(&cpu)?,
            peak_rss_kib: runs.iter().map(|r| r.2).max()?,
            times_s,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[2.0, 2.0, 9.0, 1.0, 2.0]), Some(2.0));
    }

    #[test]
    fn geometric_mean_of_ratios() {
        assert_eq!(geometric_mean(&[]), None);
        let even = geometric_mean(&[2.0, 0.5]).unwrap();
        assert!((even - 1.0).abs() < 1e-12, "{even}");
        let g = geometric_mean(&[1.0, 4.0, 16.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12, "{g}");
        assert_eq!(geometric_mean(&[1.0, 0.0]), None);
        assert_eq!(geometric_mean(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn summary_of_runs() {
        let summary =
            Summary::of(&[(0.3, 0.29, 9000), (0.1, 0.1, 9500), (0.2, 0.21, 8000)]).unwrap();
        assert_eq!(summary.times_s, vec![0.3, 0.1, 0.2]);
        assert_eq!(summary.median_s, 0.2);
        assert_eq!(summary.min_s, 0.1);
        assert_eq!(summary.max_s, 0.3);
        assert_eq!(summary.cpu_median_s, 0.21);
        assert_eq!(summary.peak_rss_kib, 9500);
        assert_eq!(Summary::of(&[]), None);
    }
}
