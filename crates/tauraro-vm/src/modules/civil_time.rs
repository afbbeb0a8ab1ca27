//! Broken-down time for the `time` module: converting between seconds since the epoch and
//! calendar fields (the proleptic Gregorian calendar, as C's `gmtime` and `timegm`), finding
//! the local time zone, and formatting with `strftime` directives as glibc does in the C
//! locale.
//!
//! Local time is supported when the zone is UTC (or GMT): `TZ` unset, empty or naming
//! UTC/GMT, with `/etc/localtime` absent or a TZif file with no transitions whose rule is
//! UTC. Other zones are reported as not supported rather than answered wrongly.

/// The calendar fields of a moment, as C's `struct tm` (but with the full year, a 1-based
/// month and Monday as weekday 0, as Python's `struct_time`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BrokenDown {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    /// Monday is 0.
    pub weekday: i64,
    /// 1 for January 1st.
    pub yearday: i64,
    pub isdst: i64,
    pub zone: String,
    pub gmtoff: i64,
}

/// Days from 1970-01-01 to the given date (month 1..=12), for any year.
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01: (year, month 1..=12, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The UTC fields of `seconds` since the epoch, labelled with `zone`.
pub(crate) fn broken_down(seconds: i64, zone: &str, gmtoff: i64) -> BrokenDown {
    let local = seconds + gmtoff;
    let days = local.div_euclid(86_400);
    let second_of_day = local.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    BrokenDown {
        year,
        month,
        day,
        hour: second_of_day / 3600,
        minute: second_of_day % 3600 / 60,
        second: second_of_day % 60,
        // 1970-01-01 was a Thursday (Monday-based weekday 3).
        weekday: (days + 3).rem_euclid(7),
        yearday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
        zone: zone.to_owned(),
        gmtoff,
    }
}

/// Seconds since the epoch of UTC calendar fields, normalising out-of-range months, days,
/// hours, ... as `timegm` does.
pub(crate) fn seconds_from_fields(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
) -> Option<i64> {
    let month0 = month.checked_sub(1)?;
    let year = year.checked_add(month0.div_euclid(12))?;
    let month = month0.rem_euclid(12) + 1;
    if year.abs() > 1_000_000_000 {
        return None;
    }
    let days = days_from_civil(year, month, 1).checked_add(day.checked_sub(1)?)?;
    days.checked_mul(86_400)?
        .checked_add(hour.checked_mul(3600)?)?
        .checked_add(minute.checked_mul(60)?)?
        .checked_add(second)
}

/// The local zone's name when it is UTC-like, or `None` for a zone not supported yet.
pub(crate) fn local_zone() -> Option<String> {
    match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() => {
            let tz = tz.strip_prefix(':').unwrap_or(&tz);
            match tz {
                "UTC" | "UTC0" | "Etc/UTC" | "Universal" | "Zulu" | "Etc/Universal" => {
                    Some("UTC".to_owned())
                }
                "GMT" | "GMT0" | "Etc/GMT" | "Greenwich" => Some("GMT".to_owned()),
                _ => None,
            }
        }
        _ => match std::fs::read("/etc/localtime") {
            Err(_) => Some("UTC".to_owned()),
            Ok(bytes) => tzif_utc_name(&bytes),
        },
    }
}

/// The zone name of a TZif file that describes a zone always at UTC+0 (no transitions,
/// a POSIX rule of `UTC0` or `GMT0`), else `None`.
fn tzif_utc_name(bytes: &[u8]) -> Option<String> {
    if bytes.len() < 44 || &bytes[..4] != b"TZif" {
        return None;
    }
    let count = |offset: usize| {
        u32::from_be_bytes(bytes[offset..offset + 4].try_into().unwrap_or([0xff; 4]))
    };
    // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
    if count(32) != 0 || count(36) != 1 {
        return None;
    }
    let text = bytes.strip_suffix(b"\n")?;
    let start = text.iter().rposition(|&b| b == b'\n')? + 1;
    match &text[start..] {
        b"UTC0" => Some("UTC".to_owned()),
        b"GMT0" => Some("GMT".to_owned()),
        _ => None,
    }
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_name(t: &BrokenDown) -> &'static str {
    WEEKDAYS[t.weekday.rem_euclid(7) as usize]
}

fn month_name(t: &BrokenDown) -> &'static str {
    MONTHS[(t.month - 1).rem_euclid(12) as usize]
}

/// `asctime`'s text: `Sun Sep  9 01:46:40 2001`.
pub(crate) fn asctime(t: &BrokenDown) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &weekday_name(t)[..3],
        &month_name(t)[..3],
        t.day,
        t.hour,
        t.minute,
        t.second,
        t.year
    )
}

/// The ISO 8601 week-based year and week number.
fn iso_week(t: &BrokenDown) -> (i64, i64) {
    let yday0 = t.yearday - 1;
    let week = (yday0 - t.weekday + 10) / 7;
    if week < 1 {
        let previous = t.year - 1;
        let days_in_previous = if is_leap(previous) { 366 } else { 365 };
        let shifted = BrokenDown {
            year: previous,
            yearday: t.yearday + days_in_previous,
            ..t.clone()
        };
        return iso_week(&shifted);
    }
    let days_in_year = if is_leap(t.year) { 366 } else { 365 };
    if week == 53 && yday0 - t.weekday + 3 >= days_in_year {
        return (t.year + 1, 1);
    }
    (t.year, week)
}

/// `strftime(format)` in the C locale; `seconds` is the moment for `%s`.
pub(crate) fn strftime(format: &str, t: &BrokenDown, seconds: i64) -> String {
    let mut out = String::new();
    let mut chars = format.chars();
    // Sunday-based weekday as C's tm_wday.
    let sunday_weekday = (t.weekday + 1).rem_euclid(7);
    let hour12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(directive) = chars.next() else {
            out.push('%');
            break;
        };
        let text = match directive {
            'a' => weekday_name(t)[..3].to_owned(),
            'A' => weekday_name(t).to_owned(),
            'b' | 'h' => month_name(t)[..3].to_owned(),
            'B' => month_name(t).to_owned(),
            'c' => format!(
                "{} {} {:2} {:02}:{:02}:{:02} {}",
                &weekday_name(t)[..3],
                &month_name(t)[..3],
                t.day,
                t.hour,
                t.minute,
                t.second,
                t.year
            ),
            'C' => format!("{:02}", t.year.div_euclid(100)),
            'd' => format!("{:02}", t.day),
            'D' | 'x' => format!("{:02}/{:02}/{:02}", t.month, t.day, t.year.rem_euclid(100)),
            'e' => format!("{:2}", t.day),
            'F' => format!("{}-{:02}-{:02}", t.year, t.month, t.day),
            'G' => iso_week(t).0.to_string(),
            'g' => format!("{:02}", iso_week(t).0.rem_euclid(100)),
            'H' => format!("{:02}", t.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", t.yearday),
            'k' => format!("{:2}", t.hour),
            'l' => format!("{hour12:2}"),
            'm' => format!("{:02}", t.month),
            'M' => format!("{:02}", t.minute),
            'n' => "\n".to_owned(),
            'p' => if t.hour < 12 { "AM" } else { "PM" }.to_owned(),
            'P' => if t.hour < 12 { "am" } else { "pm" }.to_owned(),
            'r' => format!(
                "{hour12:02}:{:02}:{:02} {}",
                t.minute,
                t.second,
                if t.hour < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", t.hour, t.minute),
            's' => seconds.to_string(),
            'S' => format!("{:02}", t.second),
            't' => "\t".to_owned(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", t.hour, t.minute, t.second),
            'u' => (t.weekday + 1).to_string(),
            'U' => format!("{:02}", (t.yearday - 1 + 7 - sunday_weekday) / 7),
            'V' => format!("{:02}", iso_week(t).1),
            'w' => sunday_weekday.to_string(),
            'W' => format!("{:02}", (t.yearday - 1 + 7 - t.weekday) / 7),
            'y' => format!("{:02}", t.year.rem_euclid(100)),
            'Y' => t.year.to_string(),
            'z' => {
                let sign = if t.gmtoff < 0 { '-' } else { '+' };
                let offset = t.gmtoff.abs() / 60;
                format!("{sign}{:02}{:02}", offset / 60, offset % 60)
            }
            'Z' => t.zone.clone(),
            '%' => "%".to_owned(),
            other => format!("%{other}"),
        };
        out.push_str(&text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        for days in [-800_000, -1, 0, 1, 11_016, 20_000, 3_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn formats_like_glibc() {
        let t = broken_down(1_000_000_000, "UTC", 0);
        assert_eq!(asctime(&t), "Sun Sep  9 01:46:40 2001");
        assert_eq!(strftime("%U|%W|%j|%V", &t, 0), "36|36|252|36");
    }
}
