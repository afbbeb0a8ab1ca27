//! "Did you mean" suggestions for NameError and AttributeError: a port of CPython 3.11's
//! `Python/suggestions.c`, a Levenshtein distance where a case flip costs 1 and any other
//! edit 2, with its cut-offs (at most 750 candidates, names of at most 40 bytes after
//! trimming common affixes, at most a third of the characters changed).

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        // Not the same letter, nor a case flip.
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance`: the edit distance of two byte strings, or `max_cost + 1` as soon
/// as it is known to exceed `max_cost`.
fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let common_prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[common_prefix..], &b[common_prefix..]);
    let common_suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a = &a[..a.len() - common_suffix];
    b = &b[..b.len() - common_suffix];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // Keep the shorter string in `a`, the row buffer's dimension.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &a_code) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, a_code);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the candidate closest to `name` (the first of equally close
/// ones), if any is close enough; none when there are too many candidates.
pub fn closest_name<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &candidate in candidates {
        if candidate == name {
            continue;
        }
        // No more than a third of the involved characters should need changing, and only
        // matches better than the best so far count.
        let mut max_distance = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        if let Some((_, best_distance)) = best {
            max_distance = max_distance.min(best_distance.saturating_sub(1));
        }
        let distance = levenshtein_distance(name.as_bytes(), candidate.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, best_distance)| distance < best_distance) {
            best = Some((candidate, distance));
        }
    }
    best.map(|(candidate, _)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_weigh_case_flips_lightly() {
        assert_eq!(levenshtein_distance(b"abc", b"abc", 10), 0);
        assert_eq!(levenshtein_distance(b"abc", b"aBc", 10), CASE_COST);
        assert_eq!(levenshtein_distance(b"upper", b"uper", 10), MOVE_COST);
        assert_eq!(
            levenshtein_distance(b"kitten", b"sitting", 100),
            3 * MOVE_COST
        );
        assert_eq!(levenshtein_distance(b"short", b"muchlongername", 3), 4);
    }

    #[test]
    fn suggests_like_cpython() {
        assert_eq!(
            closest_name(&["counter", "print"], "conter"),
            Some("counter")
        );
        assert_eq!(
            closest_name(&["lower", "upper", "split"], "uper"),
            Some("upper")
        );
        assert_eq!(closest_name(&["abc"], "xyz"), None);
        assert_eq!(closest_name(&["x"], "x"), None);
        // Ties go to the first candidate.
        assert_eq!(closest_name(&["ab", "ba"], "aa"), Some("ab"));
        let many: Vec<String> = (0..750).map(|i| format!("name{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(closest_name(&many, "name1"), None);
    }
}
