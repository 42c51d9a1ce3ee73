//! Text in the pictures: its width estimated in ems, and wrapped or cut to fit.

/// The estimated advance of a character in ems. Set from the widest common fallbacks
/// (DejaVu Serif and Sans) so the real text stays inside the boxes laid out for it;
/// Georgia or Times leave some slack.
pub(super) fn advance(c: char) -> f64 {
    match c {
        ' ' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'i' | 'j' | 'l' | 'I' => 0.34,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' => 0.46,
        'm' | 'w' | 'M' | 'W' | '—' | '…' => 0.92,
        'A'..='Z' | '0'..='9' | '&' | '%' | '@' => 0.76,
        'a'..='z' | '\u{2013}' => 0.6,
        // CJK and other full-width scripts.
        c if c >= '\u{2e80}' => 1.0,
        _ => 0.66,
    }
}

pub(super) fn ems(text: &str) -> f64 {
    text.chars().map(advance).sum()
}

/// `text` word-wrapped to lines at most `width` ems wide, at most `max_lines` of them;
/// whatever does not fit is cut with "…". Words longer than a line are split.
pub(super) fn wrap(text: &str, width: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        for piece in split_long(word, width) {
            if !line.is_empty() && ems(&line) + advance(' ') + ems(&piece) > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines && max_lines > 0 {
        // The last line is filled with what follows and cut mid-word: "World Trade
        // Organizat…" says more than "World Trade…".
        let rest = lines.split_off(max_lines).join(" ");
        let last = &mut lines[max_lines - 1];
        let full = format!("{last} {rest}");
        *last = format!("{}…", take_ems(&full, width - advance('…')).trim_end());
    }
    lines
}

/// `word` in pieces no wider than `width` ems (each at least one character).
fn split_long(word: &str, width: f64) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = word;
    while !rest.is_empty() {
        let piece = take_ems(rest, width);
        let piece = if piece.is_empty() {
            &rest[..rest.chars().next().map_or(0, char::len_utf8)]
        } else {
            piece
        };
        pieces.push(piece.to_string());
        rest = &rest[piece.len()..];
    }
    pieces
}

/// The longest start of `text` no wider than `width` ems.
fn take_ems(text: &str, width: f64) -> &str {
    let mut used = 0.0;
    for (at, c) in text.char_indices() {
        used += advance(c);
        if used > width {
            return &text[..at];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::svg::network::NET_LABEL_EMS;

    #[test]
    fn wrapping_fills_lines_and_cuts_with_an_ellipsis() {
        assert_eq!(wrap("  one   two ", 20.0, 2), vec!["one two"]);
        assert!(wrap("", 10.0, 1).is_empty());
        let lines = wrap("aaaa bbbb cccc dddd eeee", 2.5, 2);
        assert_eq!(lines, vec!["aaaa", "bb…"]);
        // Cut mid-word rather than at "World Trade…".
        let lines = wrap("World Trade Organization Secretariat", NET_LABEL_EMS, 1);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("World Trade Organiz"));
        assert!(lines[0].ends_with('…') && ems(&lines[0]) <= NET_LABEL_EMS);
        let long = "x".repeat(50);
        let lines = wrap(&long, 10.0 * 0.52, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| ems(l) <= 10.0 * 0.52 + 1e-9));
    }
}
