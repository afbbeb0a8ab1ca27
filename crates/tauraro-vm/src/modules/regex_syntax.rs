//! Python's regular-expression syntax rewritten for `fancy-regex`, with the errors CPython's
//! `sre_parse` reports (`nothing to repeat at position 0`, ...). The rewrite keeps the group
//! numbering: every capturing group stays one, names are kept here (the engine sees only
//! numbered groups, so any identifier is a valid name), `(?P=name)` becomes a numbered
//! backreference, `$` outside MULTILINE becomes "end, or before a final newline", `\Z`
//! becomes `\z`, VERBOSE whitespace and comments are dropped here, `\d`/`\w`/`\s`/`\b` follow
//! the ASCII flag, and every literal that could mean something else to the engine is written
//! as `\x{..}`.

pub const IGNORECASE: i64 = 2;
pub const LOCALE: i64 = 4;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const UNICODE: i64 = 32;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

/// A pattern ready for the engine.
pub struct Translation {
    pub pattern: String,
    pub groups: usize,
    /// Group names with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// The flags, with those set inline at the start of the pattern.
    pub flags: i64,
}

/// Why a pattern is rejected.
pub enum SyntaxError {
    /// A `re.error`: CPython's message and the position (in characters) it names.
    Invalid(String, Option<usize>),
    /// Valid Python syntax this implementation does not handle.
    Unsupported(String),
}

fn invalid(message: impl Into<String>, position: usize) -> SyntaxError {
    SyntaxError::Invalid(message.into(), Some(position))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    /// Start of the pattern, of a group, or of an alternative: nothing to repeat.
    Nothing,
    Assertion,
    Atom,
    /// A repeat; `true` while a `?` or `+` may still make it lazy or possessive.
    Repeat(bool),
    /// A lookaround group, written from this output position. The engine refuses to
    /// repeat one, so a repeat is rewritten as CPython runs it: a zero-width body is tried
    /// at most once.
    Lookaround(usize),
    /// A repeated lookaround (from this output position); `true` when the repeat was
    /// optional, written `(?:X|)`.
    RepeatedLookaround(usize, bool),
}

/// A character-class member.
enum ClassItem {
    Char(u32),
    /// A class shorthand written out (`\d`), which cannot bound a range.
    Set(String),
}

struct Translator<'a> {
    chars: &'a [char],
    position: usize,
    out: String,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Open parentheses: where they are, the group number of capturing ones, and for
    /// lookarounds where their output starts.
    open: Vec<(usize, Option<usize>, Option<usize>)>,
    last: Last,
}

/// Rewrites `pattern` (compiled with `flags`) for the engine.
pub fn translate(pattern: &str, flags: i64) -> Result<Translation, SyntaxError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut translator = Translator {
        chars: &chars,
        position: 0,
        out: String::new(),
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        last: Last::Nothing,
    };
    if let Err(err) = translator.run() {
        // CPython's tokenizer reads one token ahead, so a lone backslash ending the pattern
        // is reported as soon as the token before it is consumed, before an error about
        // that token.
        let trailing = chars.iter().rev().take_while(|c| **c == '\\').count();
        if trailing % 2 == 1 && matches!(err, SyntaxError::Invalid(..)) {
            let backslash = chars.len() - 1;
            if translator.position >= backslash {
                return Err(invalid("bad escape (end of pattern)", backslash));
            }
        }
        return Err(err);
    }
    let flags = translator.flags;
    let mut prefix = String::new();
    for (flag, letter) in [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's')] {
        if flags & flag != 0 {
            prefix.push(letter);
        }
    }
    let body = if prefix.is_empty() {
        translator.out
    } else {
        format!("(?{prefix}){}", translator.out)
    };
    Ok(Translation {
        pattern: body,
        groups: translator.groups,
        names: translator.names,
        flags,
    })
}

/// `c` written so that the engine reads it as that character.
fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace()) {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

fn push_code(out: &mut String, code: u32) {
    match char::from_u32(code) {
        Some(c) => push_literal(out, c),
        None => out.push_str(&format!("\\x{{{code:X}}}")),
    }
}

const ASCII_WORD: &str = "0-9A-Za-z_";
const ASCII_SPACE: &str = "\\t\\n\\x0B\\x0C\\r ";
const UNICODE_SPACE: &str = "\\s\\x{1C}-\\x{1F}";

impl Translator<'_> {
    fn peek(&self, offset: usize) -> Option<char> {
        self.chars.get(self.position + offset).copied()
    }

    fn ascii(&self) -> bool {
        self.flags & ASCII != 0
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        while let Some(c) = self.peek(0) {
            let start = self.position;
            if self.flags & VERBOSE != 0 {
                if c.is_whitespace() {
                    self.position += 1;
                    continue;
                }
                if c == '#' {
                    while let Some(c) = self.peek(0) {
                        self.position += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            match c {
                '\\' => self.escape()?,
                '[' => {
                    self.class()?;
                    self.last = Last::Atom;
                }
                '(' => self.open_group()?,
                ')' => {
                    let Some((_, _, lookaround)) = self.open.pop() else {
                        return Err(invalid("unbalanced parenthesis", start));
                    };
                    self.out.push(')');
                    self.position += 1;
                    self.last = lookaround.map_or(Last::Atom, Last::Lookaround);
                }
                '|' => {
                    self.out.push('|');
                    self.position += 1;
                    self.last = Last::Nothing;
                }
                '*' | '+' | '?' => {
                    self.position += 1;
                    self.repeat(start, &c.to_string())?;
                }
                '{' => match self.counted_repeat()? {
                    Some((text, length)) => {
                        self.position += length;
                        self.repeat(start, &text)?;
                    }
                    None => {
                        push_literal(&mut self.out, '{');
                        self.position += 1;
                        self.last = Last::Atom;
                    }
                },
                '^' => {
                    self.out.push('^');
                    self.position += 1;
                    self.last = Last::Assertion;
                }
                '$' => {
                    if self.flags & MULTILINE != 0 {
                        self.out.push('$');
                    } else {
                        self.out.push_str("(?=\\n?\\z)");
                    }
                    self.position += 1;
                    self.last = Last::Assertion;
                }
                '.' => {
                    self.out.push('.');
                    self.position += 1;
                    self.last = Last::Atom;
                }
                other => {
                    push_literal(&mut self.out, other);
                    self.position += 1;
                    self.last = Last::Atom;
                }
            }
        }
        if let Some(&(position, _, _)) = self.open.last() {
            return Err(invalid("missing ), unterminated subpattern", position));
        }
        Ok(())
    }

    /// A repeat operator `text` found at `start`.
    fn repeat(&mut self, start: usize, text: &str) -> Result<(), SyntaxError> {
        match self.last {
            Last::Nothing | Last::Assertion => Err(invalid("nothing to repeat", start)),
            Last::Repeat(true) if text == "?" || text == "+" => {
                self.out.push_str(text);
                self.last = Last::Repeat(false);
                Ok(())
            }
            Last::Repeat(_) => Err(invalid("multiple repeat", start)),
            Last::Lookaround(out_start) => {
                let optional = text.starts_with(['*', '?'])
                    || text.starts_with("{0")
                    || text.starts_with("{,");
                let body = self.out.split_off(out_start);
                if optional {
                    self.out.push_str(&format!("(?:{body}|)"));
                } else {
                    self.out.push_str(&body);
                }
                self.last = Last::RepeatedLookaround(out_start, optional);
                Ok(())
            }
            Last::RepeatedLookaround(out_start, optional) if text == "?" || text == "+" => {
                if text == "?" && optional {
                    // Lazy: the empty alternative first.
                    let written = self.out.split_off(out_start);
                    let body = &written["(?:".len()..written.len() - "|)".len()];
                    self.out.push_str(&format!("(?:|{body})"));
                }
                self.last = Last::Repeat(false);
                Ok(())
            }
            Last::RepeatedLookaround(..) => Err(invalid("multiple repeat", start)),
            Last::Atom => {
                self.out.push_str(text);
                self.last = Last::Repeat(true);
                Ok(())
            }
        }
    }

    /// `{m}`, `{m,}`, `{,n}` or `{m,n}` at the current position: the engine's text and the
    /// length in the pattern. None when the brace is a literal.
    fn counted_repeat(&self) -> Result<Option<(String, usize)>, SyntaxError> {
        let mut index = self.position + 1;
        let digits = |index: &mut usize| {
            let begin = *index;
            while self.chars.get(*index).is_some_and(char::is_ascii_digit) {
                *index += 1;
            }
            self.chars[begin..*index].iter().collect::<String>()
        };
        let low = digits(&mut index);
        let (high, comma) = if self.chars.get(index) == Some(&',') {
            index += 1;
            (digits(&mut index), true)
        } else {
            (low.clone(), false)
        };
        if self.chars.get(index) != Some(&'}') || (low.is_empty() && high.is_empty() && !comma) {
            return Ok(None);
        }
        let length = index + 1 - self.position;
        let parse = |text: &str| text.parse::<u64>().ok();
        let low_value = if low.is_empty() { Some(0) } else { parse(&low) };
        let high_value = if high.is_empty() { None } else { parse(&high) };
        let too_big = |value: Option<u64>| value.is_none_or(|v| v >= u64::from(u32::MAX));
        if too_big(low_value) || (!high.is_empty() && too_big(high_value)) {
            return Err(invalid(
                "the repetition number is too large",
                self.position + 1,
            ));
        }
        let low_value = low_value.unwrap_or(0);
        if let Some(high_value) = high_value
            && high_value < low_value
        {
            return Err(invalid(
                "min repeat greater than max repeat",
                self.position + 1,
            ));
        }
        let text = match (comma, high_value) {
            (false, _) => format!("{{{low_value}}}"),
            (true, None) => format!("{{{low_value},}}"),
            (true, Some(high_value)) => format!("{{{low_value},{high_value}}}"),
        };
        Ok(Some((text, length)))
    }

    fn open_group(&mut self) -> Result<(), SyntaxError> {
        let start = self.position;
        if self.peek(1) != Some('?') {
            self.groups += 1;
            self.open.push((start, Some(self.groups), None));
            self.out.push('(');
            self.position += 1;
            self.last = Last::Nothing;
            return Ok(());
        }
        let kind = self.peek(2);
        match kind {
            Some(':') | Some('>') => {
                self.out
                    .push_str(if kind == Some(':') { "(?:" } else { "(?>" });
                self.position += 3;
                self.open.push((start, None, None));
                self.last = Last::Nothing;
            }
            Some('=') | Some('!') => {
                self.open.push((start, None, Some(self.out.len())));
                self.out.push_str("(?");
                self.out.push(kind.unwrap_or('='));
                self.position += 3;
                self.last = Last::Nothing;
            }
            Some('<') if matches!(self.peek(3), Some('=') | Some('!')) => {
                self.open.push((start, None, Some(self.out.len())));
                self.out.push_str("(?<");
                self.out.push(self.peek(3).unwrap_or('='));
                self.position += 4;
                self.last = Last::Nothing;
            }
            Some('#') => {
                self.position += 3;
                loop {
                    match self.peek(0) {
                        None => {
                            return Err(invalid("missing ), unterminated comment", start));
                        }
                        Some(')') => {
                            self.position += 1;
                            break;
                        }
                        Some(_) => self.position += 1,
                    }
                }
            }
            Some('P') => self.named_group(start)?,
            Some('(') => {
                return Err(SyntaxError::Unsupported(
                    "conditional groups (?(...)...) in regular expressions".into(),
                ));
            }
            Some(c) if "aiLmsux-".contains(c) => self.inline_flags(start)?,
            Some(c) => {
                return Err(invalid(format!("unknown extension ?{c}"), start + 1));
            }
            None => return Err(invalid("unexpected end of pattern", start + 2)),
        }
        Ok(())
    }

    /// A group name starting at the current position and ending with `end`.
    fn group_name(&mut self, end: char, what: &str) -> Result<String, SyntaxError> {
        let begin = self.position;
        let mut name = String::new();
        loop {
            match self.peek(0) {
                None => return Err(invalid(format!("missing {end}, unterminated name"), begin)),
                Some(c) if c == end => break,
                Some(c) => name.push(c),
            }
            self.position += 1;
        }
        self.position += 1;
        if name.is_empty() {
            return Err(invalid(format!("missing {what}"), begin));
        }
        let mut letters = name.chars();
        let valid = letters
            .next()
            .is_some_and(|c| c == '_' || c.is_alphabetic())
            && letters.all(|c| c == '_' || c.is_alphanumeric());
        if !valid {
            return Err(invalid(
                format!("bad character in group name '{name}'"),
                begin,
            ));
        }
        Ok(name)
    }

    fn named_group(&mut self, start: usize) -> Result<(), SyntaxError> {
        match self.peek(3) {
            Some('<') => {
                self.position += 4;
                let name_start = self.position;
                let name = self.group_name('>', "group name")?;
                self.groups += 1;
                if let Some((_, previous)) = self.names.iter().find(|(n, _)| *n == name) {
                    return Err(invalid(
                        format!(
                            "redefinition of group name '{name}' as group {}; was group {previous}",
                            self.groups
                        ),
                        name_start,
                    ));
                }
                self.names.push((name, self.groups));
                self.open.push((start, Some(self.groups), None));
                self.out.push('(');
                self.last = Last::Nothing;
                Ok(())
            }
            Some('=') => {
                self.position += 4;
                let name_start = self.position;
                let name = self.group_name(')', "group name")?;
                let Some(&(_, number)) = self.names.iter().find(|(n, _)| *n == name) else {
                    return Err(invalid(format!("unknown group name '{name}'"), name_start));
                };
                if self.open.iter().any(|(_, group, _)| *group == Some(number)) {
                    return Err(invalid("cannot refer to an open group", name_start));
                }
                self.out.push_str(&format!("(?:\\{number})"));
                self.last = Last::Atom;
                Ok(())
            }
            Some(c) => Err(invalid(format!("unknown extension ?P{c}"), start + 1)),
            None => Err(invalid("unexpected end of pattern", start + 3)),
        }
    }

    /// `(?aiLmsux)` (global, only at the start) or `(?aiLmsux-imsx:...)` (scoped).
    fn inline_flags(&mut self, start: usize) -> Result<(), SyntaxError> {
        self.position += 2;
        let mut on = String::new();
        let mut off = String::new();
        let mut turning_off = false;
        loop {
            let Some(c) = self.peek(0) else {
                return Err(invalid("missing -, : or )", self.position));
            };
            self.position += 1;
            match c {
                ')' if !turning_off => {
                    if !self.out.is_empty() || !self.open.is_empty() {
                        return Err(invalid(
                            "global flags not at the start of the expression",
                            start,
                        ));
                    }
                    for letter in on.chars() {
                        self.flags |= match letter {
                            'i' => IGNORECASE,
                            'm' => MULTILINE,
                            's' => DOTALL,
                            'x' => VERBOSE,
                            'a' => ASCII,
                            'u' => UNICODE,
                            _ => LOCALE,
                        };
                    }
                    return Ok(());
                }
                ':' => break,
                '-' if !turning_off => turning_off = true,
                c if "aiLmsux".contains(c) => {
                    if turning_off { &mut off } else { &mut on }.push(c);
                }
                _ => {
                    let message = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(invalid(message, self.position - 1));
                }
            }
        }
        if on.contains('x') || off.contains('x') {
            return Err(SyntaxError::Unsupported(
                "the scoped VERBOSE flag (?x:...) in regular expressions".into(),
            ));
        }
        let keep = |letters: &str| {
            letters
                .chars()
                .filter(|c| "ims".contains(*c))
                .collect::<String>()
        };
        let (on, off) = (keep(&on), keep(&off));
        self.out.push_str("(?");
        self.out.push_str(&on);
        if !off.is_empty() {
            self.out.push('-');
            self.out.push_str(&off);
        }
        self.out.push(':');
        self.open.push((start, None, None));
        self.last = Last::Nothing;
        Ok(())
    }

    /// Hex digits of a `\x`, `\u` or `\U` escape at `start`.
    fn hex_escape(&mut self, start: usize, letter: char, count: usize) -> Result<u32, SyntaxError> {
        let digits: String = (0..count)
            .map_while(|offset| self.peek(2 + offset).filter(char::is_ascii_hexdigit))
            .collect();
        if digits.chars().count() != count {
            return Err(invalid(
                format!("incomplete escape \\{letter}{digits}"),
                start,
            ));
        }
        self.position += 2 + count;
        let code = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
        if code > 0x10FFFF {
            return Err(invalid(format!("bad escape \\{letter}{digits}"), start));
        }
        Ok(code)
    }

    /// An octal escape of up to three digits starting at the current position + 1.
    fn octal_escape(&mut self, start: usize) -> Result<u32, SyntaxError> {
        let digits: String = (0..3)
            .map_while(|offset| self.peek(1 + offset).filter(|c| ('0'..='7').contains(c)))
            .collect();
        self.position += 1 + digits.len();
        let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
        if code > 0o377 {
            return Err(invalid(
                format!("octal escape value \\{digits} outside of range 0-0o377"),
                start,
            ));
        }
        Ok(code)
    }

    /// The engine's text for `\d`, `\w`, `\s` and their negations, outside a class.
    fn shorthand(&self, letter: char) -> String {
        let ascii = self.ascii();
        match (letter, ascii) {
            ('d', true) => "[0-9]".into(),
            ('D', true) => "[^0-9]".into(),
            ('w', true) => format!("[{ASCII_WORD}]"),
            ('W', true) => format!("[^{ASCII_WORD}]"),
            ('s', true) => format!("[{ASCII_SPACE}]"),
            ('S', true) => format!("[^{ASCII_SPACE}]"),
            ('s', false) => format!("[{UNICODE_SPACE}]"),
            ('S', false) => format!("[^{UNICODE_SPACE}]"),
            (other, false) => format!("\\{other}"),
            (other, true) => format!("\\{other}"),
        }
    }

    /// The same inside a class.
    fn class_shorthand(&self, letter: char) -> String {
        match (letter, self.ascii()) {
            ('d', true) => "0-9".into(),
            ('D', true) => "[:^digit:]".into(),
            ('w', true) => ASCII_WORD.into(),
            ('W', true) => "[:^word:]".into(),
            ('s', true) => ASCII_SPACE.into(),
            ('S', true) => "[:^space:]".into(),
            ('s', false) => UNICODE_SPACE.into(),
            (other, _) => format!("\\{other}"),
        }
    }

    fn escape(&mut self) -> Result<(), SyntaxError> {
        let start = self.position;
        let Some(letter) = self.peek(1) else {
            return Err(invalid("bad escape (end of pattern)", start));
        };
        self.last = Last::Atom;
        match letter {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let text = self.shorthand(letter);
                self.out.push_str(&text);
                self.position += 2;
            }
            'b' | 'B' => {
                let ascii_word = format!("[{ASCII_WORD}]");
                let text = if !self.ascii() {
                    // CPython's `\B` never matches in an empty string.
                    if letter == 'b' {
                        "\\b".to_owned()
                    } else {
                        "(?:(?!\\A\\z)\\B)".to_owned()
                    }
                } else if letter == 'b' {
                    format!(
                        "(?:(?<={ascii_word})(?!{ascii_word})|(?<!{ascii_word})(?={ascii_word}))"
                    )
                } else {
                    format!(
                        "(?:(?<={ascii_word})(?={ascii_word})|(?!\\A\\z)(?<!{ascii_word})(?!{ascii_word}))"
                    )
                };
                self.out.push_str(&text);
                self.position += 2;
                self.last = Last::Assertion;
            }
            'A' => {
                self.out.push_str("\\A");
                self.position += 2;
                self.last = Last::Assertion;
            }
            'Z' => {
                self.out.push_str("\\z");
                self.position += 2;
                self.last = Last::Assertion;
            }
            'x' | 'u' | 'U' => {
                let count = match letter {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let code = self.hex_escape(start, letter, count)?;
                push_code(&mut self.out, code);
            }
            'N' => {
                return Err(SyntaxError::Unsupported(
                    "\\N{...} escapes in regular expressions".into(),
                ));
            }
            '0' => {
                let code = self.octal_escape(start)?;
                push_code(&mut self.out, code);
            }
            '1'..='9' => self.backreference(start)?,
            c if c.is_ascii_alphabetic() => {
                let code = match c {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'f' => '\x0C',
                    'v' => '\x0B',
                    'a' => '\x07',
                    _ => return Err(invalid(format!("bad escape \\{c}"), start)),
                };
                push_literal(&mut self.out, code);
                self.position += 2;
            }
            other => {
                push_literal(&mut self.out, other);
                self.position += 2;
            }
        }
        Ok(())
    }

    /// `\N` or `\NN` (a group) or a three-digit octal escape.
    fn backreference(&mut self, start: usize) -> Result<(), SyntaxError> {
        let octal = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
        if octal(self.peek(1)) && octal(self.peek(2)) && octal(self.peek(3)) {
            let code = self.octal_escape(start)?;
            push_code(&mut self.out, code);
            return Ok(());
        }
        let mut digits = String::new();
        digits.push(self.peek(1).unwrap_or('0'));
        if let Some(second) = self.peek(2).filter(char::is_ascii_digit) {
            digits.push(second);
        }
        self.position += 1 + digits.len();
        let number: usize = digits.parse().unwrap_or(0);
        if number > self.groups {
            return Err(invalid(
                format!("invalid group reference {number}"),
                start + 1,
            ));
        }
        if self.open.iter().any(|(_, group, _)| *group == Some(number)) {
            return Err(invalid("cannot refer to an open group", start));
        }
        self.out.push_str(&format!("(?:\\{number})"));
        Ok(())
    }

    /// One member of a class at the current position (an escape or a character).
    fn class_item(&mut self) -> Result<ClassItem, SyntaxError> {
        let start = self.position;
        let c = self.peek(0).unwrap_or(']');
        if c != '\\' {
            self.position += 1;
            return Ok(ClassItem::Char(c as u32));
        }
        let Some(letter) = self.peek(1) else {
            return Err(invalid("bad escape (end of pattern)", start));
        };
        Ok(match letter {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.position += 2;
                ClassItem::Set(self.class_shorthand(letter))
            }
            'x' | 'u' | 'U' => {
                let count = match letter {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                ClassItem::Char(self.hex_escape(start, letter, count)?)
            }
            'N' => {
                return Err(SyntaxError::Unsupported(
                    "\\N{...} escapes in regular expressions".into(),
                ));
            }
            '0'..='7' => ClassItem::Char(self.octal_escape(start)?),
            c if c.is_ascii_alphanumeric() => {
                let code = match c {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'f' => '\x0C',
                    'v' => '\x0B',
                    'a' => '\x07',
                    'b' => '\x08',
                    _ => return Err(invalid(format!("bad escape \\{c}"), start)),
                };
                self.position += 2;
                ClassItem::Char(code as u32)
            }
            other => {
                self.position += 2;
                ClassItem::Char(other as u32)
            }
        })
    }

    fn class(&mut self) -> Result<(), SyntaxError> {
        let start = self.position;
        self.position += 1;
        let mut text = String::from("[");
        if self.peek(0) == Some('^') {
            text.push('^');
            self.position += 1;
        }
        let mut first = true;
        let mut empty = true;
        loop {
            match self.peek(0) {
                None => return Err(invalid("unterminated character set", start)),
                Some(']') if !first => {
                    self.position += 1;
                    break;
                }
                Some(_) => {}
            }
            first = false;
            let item_start = self.position;
            let low = self.class_item()?;
            let is_range = self.peek(0) == Some('-') && self.peek(1).is_some_and(|c| c != ']');
            if !is_range {
                match low {
                    ClassItem::Char(code) => push_code(&mut text, code),
                    ClassItem::Set(set) => text.push_str(&set),
                }
                empty = false;
                continue;
            }
            self.position += 1;
            let high = self.class_item()?;
            match (low, high) {
                (ClassItem::Char(low), ClassItem::Char(high)) => {
                    if high < low {
                        let shown: String = self.chars[item_start..self.position].iter().collect();
                        return Err(invalid(format!("bad character range {shown}"), item_start));
                    }
                    push_code(&mut text, low);
                    text.push('-');
                    push_code(&mut text, high);
                }
                _ => {
                    let shown: String = self.chars[item_start..self.position].iter().collect();
                    return Err(invalid(format!("bad character range {shown}"), item_start));
                }
            }
            empty = false;
        }
        if empty {
            return Err(invalid("unterminated character set", start));
        }
        text.push(']');
        self.out.push_str(&text);
        Ok(())
    }
}
