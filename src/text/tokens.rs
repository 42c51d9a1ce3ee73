//! The one tokenizer. Text is cut into runs of letters, runs of ASCII digits and single marks,
//! each keeping its char offsets and what separates it from the token before: nothing, a
//! space, or a line break.
//!
//! That separation carries much of the meaning, so the readers of text (time expressions,
//! figures, mentions, theme cues) build their larger units by joining glued tokens rather than
//! by cutting the text again: "2,000" and "17.04.2025" are digits glued to separators, "17th"
//! digits glued to letters, "people's" and "al-Qaeda" letters glued to marks. Which glued
//! tokens make one unit is each reader's knowledge; `join` and `run_end` do the joining, and
//! `number_continues` and `apostrophe_word_continues` are the joins several readers share.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters (`char::is_alphabetic`, so any script).
    Word,
    /// A run of ASCII digits.
    Number,
    /// One char that is neither white space, a letter nor an ASCII digit: punctuation, a
    /// symbol, a digit of another script, a combining mark.
    Mark,
}

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: the token touches the one before.
    Glued,
    /// White space within a line.
    Space,
    /// White space with a line break in it, or the start of the text.
    Line,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    /// Char offsets (Unicode scalar values) into the text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub gap: Gap,
    /// How many `\n` the white space before the token holds (paragraphs are blank lines).
    pub newlines: usize,
}

impl Token {
    /// Whether nothing separates this token from the one before.
    pub(crate) fn is_glued(&self) -> bool {
        self.gap == Gap::Glued
    }

    /// The token's chars in `chars`, the text it was cut from.
    pub(crate) fn chars<'a>(&self, chars: &'a [char]) -> &'a [char] {
        &chars[self.start..self.end]
    }

    pub(crate) fn text(&self, chars: &[char]) -> String {
        self.chars(chars).iter().collect()
    }

    /// Whether the token is the single mark `c`.
    pub(crate) fn is_mark(&self, chars: &[char], c: char) -> bool {
        self.kind == Kind::Mark && chars[self.start] == c
    }
}

/// The chars that break a line and so make a token's gap a `Gap::Line`.
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Cuts `chars` into tokens: runs of letters, runs of ASCII digits, and single marks.
pub(crate) fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let (mut gap, mut newlines) = (Gap::Line, 0);
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            if is_line_break(c) {
                gap = Gap::Line;
            } else if gap == Gap::Glued {
                gap = Gap::Space;
            }
            newlines += usize::from(c == '\n');
            i += 1;
            continue;
        }
        let (kind, end) = if c.is_alphabetic() {
            (Kind::Word, run_of(chars, i, char::is_alphabetic))
        } else if c.is_ascii_digit() {
            (Kind::Number, run_of(chars, i, |c| c.is_ascii_digit()))
        } else {
            (Kind::Mark, i + 1)
        };
        tokens.push(Token {
            kind,
            start: i,
            end,
            gap,
            newlines,
        });
        (gap, newlines, i) = (Gap::Glued, 0, end);
    }
    tokens
}

fn run_of(chars: &[char], start: usize, keep: impl Fn(char) -> bool) -> usize {
    start + chars[start..].iter().take_while(|&&c| keep(c)).count()
}

/// Where the run of glued tokens that starts at `first` ends (a token index, exclusive): each
/// following token continues it while it is glued and `continues` accepts it.
pub(crate) fn run_end(
    tokens: &[Token],
    first: usize,
    mut continues: impl FnMut(&Token) -> bool,
) -> usize {
    let mut end = first + 1;
    while tokens
        .get(end)
        .is_some_and(|t| t.is_glued() && continues(t))
    {
        end += 1;
    }
    end
}

/// Joins runs of glued tokens into one token each. A run starts at every token `starts`
/// accepts and goes on while `continues(first, next)` accepts the next glued token; the
/// joined token keeps the first token's kind, gap and newlines. Other tokens stay as they are.
pub(crate) fn join(
    tokens: &[Token],
    starts: impl Fn(&Token) -> bool,
    continues: impl Fn(&Token, &Token) -> bool,
) -> Vec<Token> {
    let mut joined = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while let Some(&first) = tokens.get(i) {
        let end = if starts(&first) {
            run_end(tokens, i, |next| continues(&first, next))
        } else {
            i + 1
        };
        joined.push(Token {
            end: tokens[end - 1].end,
            ..first
        });
        i = end;
    }
    joined
}

/// Whether `token` goes on a number's digits: more digits, or one of `separators` with a digit
/// right after it ("2,000", "1.7", "17.04.2025", "10:30"), so that a sentence's final "145."
/// stays apart.
pub(crate) fn number_continues(chars: &[char], separators: &[char], token: &Token) -> bool {
    match token.kind {
        Kind::Number => true,
        Kind::Mark => {
            separators.contains(&chars[token.start])
                && chars.get(token.end).is_some_and(char::is_ascii_digit)
        }
        Kind::Word => false,
    }
}

/// Whether `token` goes on a word: more letters, or an apostrophe with a letter right after it
/// ("people's", "o'clock", "O’Brien").
pub(crate) fn apostrophe_word_continues(chars: &[char], token: &Token) -> bool {
    match token.kind {
        Kind::Word => true,
        Kind::Mark => {
            is_apostrophe(chars[token.start])
                && chars.get(token.end).is_some_and(|c| c.is_alphabetic())
        }
        Kind::Number => false,
    }
}

/// A straight or typographic apostrophe.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(Kind, String, Gap, usize)> {
        let chars: Vec<char> = text.chars().collect();
        tokenize(&chars)
            .iter()
            .map(|t| (t.kind, t.text(&chars), t.gap, t.newlines))
            .collect()
    }

    #[test]
    fn letters_digits_and_marks_with_what_separates_them() {
        use Gap::*;
        use Kind::*;
        assert_eq!(
            cut("In2022, 5km\n\nÉté ٣"),
            [
                (Word, "In".into(), Line, 0),
                (Number, "2022".into(), Glued, 0),
                (Mark, ",".into(), Glued, 0),
                (Number, "5".into(), Space, 0),
                (Word, "km".into(), Glued, 0),
                (Word, "Été".into(), Line, 2),
                (Mark, "٣".into(), Space, 0),
            ]
        );
        assert!(cut(" \t ").is_empty());
    }

    #[test]
    fn joins_build_numbers_and_words_from_glued_tokens() {
        let text = "2,000 people's 17.04.2025 145. o'clock";
        let chars: Vec<char> = text.chars().collect();
        let tokens = tokenize(&chars);
        let numbers = join(
            &tokens,
            |t| t.kind == Kind::Number,
            |_, t| number_continues(&chars, &[',', '.'], t),
        );
        let words = join(
            &numbers,
            |t| t.kind == Kind::Word,
            |_, t| apostrophe_word_continues(&chars, t),
        );
        let texts: Vec<String> = words.iter().map(|t| t.text(&chars)).collect();
        assert_eq!(
            texts,
            ["2,000", "people's", "17.04.2025", "145", ".", "o'clock"]
        );
        assert_eq!(words[1].gap, Gap::Space);
    }
}
