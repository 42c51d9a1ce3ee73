//! Rule-based sentence splitting for cleaned English news text.
//!
//! The splitter looks for terminators (`.`, `!`, `?`, `…`, `...`) and decides
//! from the neighbouring words whether each one really ends a sentence. A
//! newline always ends a sentence. Offsets are in chars (Unicode scalar
//! values), not bytes, so they can index a `Vec<char>` of the text.

use crate::text::abbreviations::{self, Use};
use crate::text::lexicon::calendar::{is_full_month_name, month_number};
use crate::text::lexicon::grammar::SENTENCE_STARTERS;

/// A sentence of a text: char offsets (Unicode scalar values, not bytes), end exclusive,
/// with surrounding whitespace excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

/// How far (in chars) the splitter looks around a terminator for words,
/// quotes and URLs. Real abbreviations and words are far shorter; the bound
/// keeps the splitter linear on adversarial input such as "a.a.a.a.a…".
const LOOKAROUND: usize = 128;

/// Splits `text` (cleaned news text: paragraphs separated by blank lines, no other newlines
/// expected but handle any) into sentences. A newline always ends a sentence.
pub(crate) fn split_sentences(text: &str) -> Vec<SentenceSpan> {
    let chars: Vec<char> = text.chars().collect();
    let cuts = find_cuts(&chars);
    spans_between_cuts(&chars, &cuts)
}

/// Normalises a sentence for deriving stable ids: lowercase, typographic
/// quotes and dashes mapped to ASCII, whitespace runs collapsed to one space.
pub(crate) fn normalise_for_id(sentence: &str) -> String {
    let lowered = sentence.to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    for word in lowered.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(ascii_punctuation));
    }
    out
}

fn ascii_punctuation(c: char) -> char {
    match c {
        '‘' | '’' | '‚' | '‛' => '\'',
        '“' | '”' | '„' | '‟' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' => '-',
        other => other,
    }
}

/// Char offsets where one sentence stops and the next may begin, ascending.
/// Text between two cuts is one sentence once whitespace is trimmed.
fn find_cuts(chars: &[char]) -> Vec<usize> {
    let mut cuts = Vec::new();
    // Whether we are inside a straight-quoted passage; needed to tell a
    // closing `"` from an opening one when sentences are glued together.
    let mut in_quote = false;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if is_terminator(c) {
            let cluster = Cluster::scan(chars, i, &mut in_quote);
            let sentence_start = cuts.last().copied().unwrap_or(0);
            let before = chars.get(sentence_start..i).unwrap_or_default();
            if cluster.ends_sentence(chars, before) {
                cuts.push(cluster.end);
            }
            i = cluster.end;
            continue;
        }
        if is_line_break(c) {
            cuts.push(i);
            in_quote = false;
        } else if c == '"' {
            in_quote = !in_quote;
        }
        i += 1;
    }
    cuts
}

fn spans_between_cuts(chars: &[char], cuts: &[usize]) -> Vec<SentenceSpan> {
    let mut bounds = Vec::with_capacity(cuts.len() + 2);
    bounds.push(0);
    bounds.extend_from_slice(cuts);
    bounds.push(chars.len());
    let spans = bounds
        .windows(2)
        .filter_map(|pair| trimmed_span(chars, pair[0], pair[1]));
    join_bare_punctuation(chars, spans)
}

/// A passage is never only punctuation: a stray closing quote or "?" joins the sentence
/// before it on the same line, or else the one after it; alone on its line it stays.
fn join_bare_punctuation(
    chars: &[char],
    spans: impl Iterator<Item = SentenceSpan>,
) -> Vec<SentenceSpan> {
    let same_line = |a: &SentenceSpan, b: &SentenceSpan| {
        !chars[a.end..b.start].iter().copied().any(is_line_break)
    };
    let bare = |span: &SentenceSpan| {
        !chars[span.start..span.end]
            .iter()
            .any(|c| c.is_alphanumeric())
    };
    let mut joined: Vec<SentenceSpan> = Vec::new();
    // A bare span that had no sentence before it on its line, waiting for the next one.
    let mut pending: Option<SentenceSpan> = None;
    for span in spans {
        let mut span = span;
        if let Some(waiting) = pending.take() {
            if same_line(&waiting, &span) {
                span.start = waiting.start;
            } else {
                joined.push(waiting);
            }
        }
        match joined.last_mut() {
            Some(last) if bare(&span) && same_line(last, &span) => last.end = span.end,
            _ if bare(&span) => pending = Some(span),
            _ => joined.push(span),
        }
    }
    joined.extend(pending);
    joined
}

/// The span of `chars[start..end]` without surrounding whitespace, if any remains.
fn trimmed_span(chars: &[char], start: usize, end: usize) -> Option<SentenceSpan> {
    let segment = chars.get(start..end)?;
    let first = segment.iter().position(|c| !c.is_whitespace())?;
    let last = segment.iter().rposition(|c| !c.is_whitespace())?;
    Some(SentenceSpan {
        start: start + first,
        end: start + last + 1,
    })
}

/// A run of terminators ("." or "?!" or "...") plus any closing quotes and
/// brackets right after it: the place where a sentence would be cut.
struct Cluster {
    start: usize,
    /// End of the terminator run; closers occupy `stops_end..end`.
    stops_end: usize,
    end: usize,
}

impl Cluster {
    /// Reads the cluster starting at the terminator `chars[start]`, updating
    /// the straight-quote state for every `"` it consumes.
    fn scan(chars: &[char], start: usize, in_quote: &mut bool) -> Self {
        let rest = chars.get(start..).unwrap_or_default();
        let stops_end = start + rest.iter().take_while(|&&c| is_terminator(c)).count();
        let mut end = stops_end;
        while let Some(&c) = chars.get(end) {
            if !closes_quotation(c, chars.get(end + 1).copied(), *in_quote) {
                break;
            }
            if c == '"' {
                *in_quote = !*in_quote;
            }
            end += 1;
        }
        Self {
            start,
            stops_end,
            end,
        }
    }

    /// Whether the sentence ends with this cluster. `before` is the text of
    /// the current sentence up to the cluster.
    fn ends_sentence(&self, chars: &[char], before: &[char]) -> bool {
        match chars.get(self.end) {
            // End of text or a line break will close the sentence anyway.
            None => false,
            Some(c) if c.is_whitespace() => self.ends_before_space(chars, before),
            Some(_) => self.ends_glued(chars, before),
        }
    }

    /// The usual case: "... went home. The next day ...".
    fn ends_before_space(&self, chars: &[char], before: &[char]) -> bool {
        let rest = chars.get(self.end..).unwrap_or_default();
        let gap = rest
            .iter()
            .take_while(|&&c| c.is_whitespace() && !is_line_break(c))
            .count();
        match rest.get(gap) {
            Some(&c) if !is_line_break(c) => {
                let next = NextWord::read(chars, self.end + gap);
                next.may_open_sentence() && self.is_final_before(chars, before, &next)
            }
            _ => false,
        }
    }

    /// Scraped text often loses the space between sentences: "the group.While talks …",
    /// "Alexei Navalny.I wonder …", "in 2022.This year …". Only a plain word (lowercase or
    /// capitalised) or a number before, and a capitalised word or "I" after, count; that
    /// leaves out initialisms ("U.S.-led", "J.R.R.Tolkien"), decimals ("12.5"), mixed-case
    /// names ("iPhone.The") and domains ("example.com/Page", "Example.Com").
    fn ends_glued(&self, chars: &[char], before: &[char]) -> bool {
        let next = NextWord::read(chars, self.end);
        self.may_be_glued(chars)
            && (next.is_capitalised_word() || next.is_pronoun_i())
            && !next.is_domain_label()
            && ends_with_plain_word_or_number(before)
            && self.is_final_before(chars, before, &next)
    }

    /// A single period, or only `!`/`?`: an ellipsis glued to a word is more
    /// likely a quirk of style than a lost space.
    fn may_be_glued(&self, chars: &[char]) -> bool {
        let stops = self.stops(chars);
        stops == ['.'] || stops.iter().all(|&c| c == '!' || c == '?')
    }

    /// Whether the terminator is final given the word after it. Only a bare
    /// period can belong to an abbreviation; `?`, `!`, ellipses and periods
    /// followed by a closing quote or bracket end the sentence.
    fn is_final_before(&self, chars: &[char], before: &[char], next: &NextWord) -> bool {
        if self.stops(chars) != ['.'] || self.stops_end != self.end {
            return true;
        }
        if is_list_marker(before) {
            return false;
        }
        let token: String = suffix_while(before, |c| c.is_alphanumeric() || c == '.')
            .iter()
            .collect();
        PeriodRole::of(token.trim_start_matches('.')).is_final_before(next)
    }

    fn stops<'a>(&self, chars: &'a [char]) -> &'a [char] {
        chars.get(self.start..self.stops_end).unwrap_or_default()
    }
}

/// Whether the sentence so far is only a list item's number or letter ("1", "12", "b"),
/// so the period after it opens the item instead of ending a sentence.
fn is_list_marker(before: &[char]) -> bool {
    let marker: Vec<char> = before
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace() && !matches!(c, '(' | '•' | '-' | '*'))
        .collect();
    let numbered = (1..=3).contains(&marker.len()) && marker.iter().all(char::is_ascii_digit);
    let lettered = marker.len() == 1 && marker[0].is_ascii_lowercase();
    numbered || lettered
}

/// Whether `text` ends in a plain word of at least two letters (all lowercase, or a capital
/// then lowercase) or in a number, that is not part of a longer token: a decimal, a domain, a
/// URL, an e-mail address or a mixed-case name.
fn ends_with_plain_word_or_number(text: &[char]) -> bool {
    let token = suffix_while(text, |c| !c.is_whitespace());
    if token.iter().any(|&c| c == '/' || c == '@') {
        return false;
    }
    let word = suffix_while(token, char::is_alphabetic);
    let number = suffix_while(token, |c| c.is_ascii_digit());
    let (piece, plain) = if word.is_empty() {
        (number, !number.is_empty())
    } else {
        let plain_word = word.len() >= 2 && word[1..].iter().all(|c| c.is_lowercase());
        (word, plain_word)
    };
    let preceding = token[..token.len() - piece.len()].last();
    plain && !preceding.is_some_and(|&c| matches!(c, '.' | ',') || c.is_alphanumeric())
}

/// The longest suffix of `text`, at most `LOOKAROUND` chars, whose chars all
/// satisfy `keep`.
fn suffix_while(text: &[char], keep: impl Fn(char) -> bool) -> &[char] {
    let len = text
        .iter()
        .rev()
        .take(LOOKAROUND)
        .take_while(|&&c| keep(c))
        .count();
    &text[text.len() - len..]
}

/// What a bare period means after a given token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PeriodRole {
    /// An ordinary word or number: the period ends the sentence.
    Final,
    /// A title or reference abbreviation ("Dr.", "vol.", "e.g."): never final.
    NeverFinal,
    /// Ambiguous ("Jr.", "Inc.", "etc.", "U.S.", "p.m."): final only before
    /// a typical sentence opener such as "The" or "He".
    FinalBeforeStarter,
    /// A capital initial ("W."): like `FinalBeforeStarter`, but the one-letter
    /// openers "A" and "I" may be further initials ("J. I. Roe").
    Initial,
    /// "No." and months: not final before a number ("No. 5", "Jan. 12").
    FinalUnlessNumber,
}

impl PeriodRole {
    /// The role of `token`: the letters, digits and dots right before a period.
    fn of(token: &str) -> Self {
        if token.contains('.') {
            return Self::of_dotted(token);
        }
        let mut letters = token.chars();
        if matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase()) {
            return Self::Initial;
        }
        match abbreviations::lookup(token) {
            // Before a name or a number ("Dr. Roe", "vol. 3"): never final.
            Some(Use::Title | Use::Place | Use::Reference | Use::Running) => Self::NeverFinal,
            // After a name or a list ("Roe Jr.", "Acme Inc.", "pears, etc."): often final too.
            Some(Use::NameSuffix | Use::CompanySuffix | Use::ListEnd) => Self::FinalBeforeStarter,
            // Only non-final before a number ("No. 5", "Jan. 12").
            Some(Use::Numero) => Self::FinalUnlessNumber,
            None if is_month_abbreviation(token) => Self::FinalUnlessNumber,
            None => Self::Final,
        }
    }

    /// Tokens with inner dots: initialisms ("U.S", "a.m", "Ph.D") end in a
    /// single letter; anything else is a domain or number ("example.com", "12.5").
    fn of_dotted(token: &str) -> Self {
        // Dotted abbreviations that always introduce something ("e.g. apples").
        if abbreviations::lookup_any_case(token).is_some() {
            return Self::NeverFinal;
        }
        let last_part = token.rsplit('.').next().unwrap_or_default();
        let mut letters = last_part.chars();
        match (letters.next(), letters.next()) {
            (Some(c), None) if c.is_alphabetic() => Self::FinalBeforeStarter,
            _ => Self::Final,
        }
    }

    fn is_final_before(self, next: &NextWord) -> bool {
        match self {
            Self::Final => true,
            Self::NeverFinal => false,
            Self::FinalBeforeStarter => next.is_starter(),
            Self::Initial => next.is_starter() && next.word.chars().nth(1).is_some(),
            Self::FinalUnlessNumber => !next.starts_with_number(),
        }
    }
}

/// "Jan", "Sept": an abbreviated month name, capitalised.
fn is_month_abbreviation(token: &str) -> bool {
    let mut letters = token.chars();
    letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase)
        && month_number(token).is_some()
        && !is_full_month_name(token)
}

/// The start of the text after a candidate terminator.
struct NextWord {
    /// Whether opening quotes or brackets come first.
    opened: bool,
    /// The first char after those openers.
    first: Option<char>,
    /// The letters starting at `first` (empty if `first` is not a letter).
    word: String,
    /// The char right after `word`.
    after_word: Option<char>,
}

impl NextWord {
    fn read(chars: &[char], from: usize) -> Self {
        let rest = chars.get(from..).unwrap_or_default();
        let openers = rest
            .iter()
            .take(LOOKAROUND)
            .take_while(|&&c| is_opener(c))
            .count();
        let after = rest.get(openers..).unwrap_or_default();
        let word: String = after
            .iter()
            .take(LOOKAROUND)
            .take_while(|c| c.is_alphabetic())
            .collect();
        Self {
            opened: openers > 0,
            first: after.first().copied(),
            after_word: after.get(word.chars().count()).copied(),
            word,
        }
    }

    /// The pronoun "I" as a word of its own ("I wonder", "I'm").
    fn is_pronoun_i(&self) -> bool {
        self.word == "I"
            && self
                .after_word
                .is_some_and(|c| c.is_whitespace() || matches!(c, '\'' | '’'))
    }

    /// A top-level domain ("Com", "Org") or a label followed by a dot or slash: the text
    /// glued to the period is an address, not a sentence.
    fn is_domain_label(&self) -> bool {
        let tld = matches!(
            self.word.to_lowercase().as_str(),
            "com" | "net" | "org" | "gov" | "edu" | "info" | "biz" | "co" | "io"
        );
        tld || matches!(self.after_word, Some('.' | '/'))
    }

    /// An uppercase letter, a digit or an opening quote/bracket.
    fn may_open_sentence(&self) -> bool {
        self.opened
            || self
                .first
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    }

    fn starts_with_number(&self) -> bool {
        self.first.is_some_and(char::is_numeric)
    }

    /// After an ambiguous abbreviation ("U.S.", "Jr.", "p.m.") the next word decides: "the
    /// U.S. The talks" ends a sentence, "the U.S. Navy" does not.
    fn is_starter(&self) -> bool {
        SENTENCE_STARTERS.contains(&self.word.as_str())
    }

    /// "While", not "WHO" or "iPhone": an uppercase then a lowercase letter.
    fn is_capitalised_word(&self) -> bool {
        let mut letters = self.word.chars();
        matches!(
            (letters.next(), letters.next()),
            (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase()
        )
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[')
}

/// Whether `c`, right after a terminator, closes a quotation or bracket.
/// Straight quotes are ambiguous: one glued to the next word opens a new
/// quotation unless we are inside one ("react."But" vs "said."But").
fn closes_quotation(c: char, next: Option<char>, in_quote: bool) -> bool {
    let glued_to_word = next.is_some_and(char::is_alphanumeric);
    match c {
        ')' | ']' | '”' | '’' => true,
        '"' => in_quote || !glued_to_word,
        '\'' => !glued_to_word,
        _ => false,
    }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod list_marker_tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        split_sentences(text)
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn numbered_and_lettered_items_stay_whole() {
        assert_eq!(
            texts("1. Trade Links: The plan grew. It worked."),
            ["1. Trade Links: The plan grew.", "It worked."]
        );
        assert_eq!(texts("12. Item one follows."), ["12. Item one follows."]);
        assert_eq!(texts("b. Second option here."), ["b. Second option here."]);
    }

    #[test]
    fn a_number_ending_a_sentence_still_ends_it() {
        assert_eq!(
            texts("The score was 12. Then it rained."),
            ["The score was 12.", "Then it rained."]
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text`, checks the span invariants and returns the sentences.
    fn sentences(text: &str) -> Vec<String> {
        assert_invariants(text);
        let chars: Vec<char> = text.chars().collect();
        split_sentences(text)
            .iter()
            .map(|span| chars[span.start..span.end].iter().collect())
            .collect()
    }

    fn assert_splits(text: &str, expected: &[&str]) {
        assert_eq!(sentences(text), expected, "splitting {text:?}");
    }

    /// Spans are ordered, non-empty, trimmed, free of line breaks and cover
    /// every non-whitespace char exactly once.
    fn assert_invariants(text: &str) {
        let chars: Vec<char> = text.chars().collect();
        let mut covered = vec![false; chars.len()];
        let mut previous_end = 0;
        for span in split_sentences(text) {
            assert!(
                previous_end <= span.start && span.start < span.end && span.end <= chars.len(),
                "bad span {span:?} after {previous_end} in {text:?}"
            );
            let sentence = &chars[span.start..span.end];
            assert!(!sentence[0].is_whitespace() && !sentence[sentence.len() - 1].is_whitespace());
            assert!(!sentence.iter().any(|&c| is_line_break(c)), "{text:?}");
            covered[span.start..span.end].fill(true);
            previous_end = span.end;
        }
        for (c, is_covered) in chars.iter().zip(&covered) {
            assert!(
                c.is_whitespace() || *is_covered,
                "{c:?} uncovered in {text:?}"
            );
        }
    }

    #[test]
    fn splits_plain_sentences() {
        assert_splits(
            "The cat sat. The dog ran! Did it rain? Yes.",
            &["The cat sat.", "The dog ran!", "Did it rain?", "Yes."],
        );
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        assert!(sentences("").is_empty());
        assert!(sentences("   \n\n \t \u{a0}").is_empty());
    }

    #[test]
    fn punctuation_only_text_is_one_sentence() {
        assert_splits("...!!!???", &["...!!!???"]);
        assert_splits(".", &["."]);
        assert_splits(". . .", &[". . ."]);
    }

    #[test]
    fn text_without_terminator_is_one_sentence() {
        assert_splits(
            "  a heading without a stop  ",
            &["a heading without a stop"],
        );
    }

    #[test]
    fn paragraphs_and_headings_are_separate_sentences() {
        assert_splits(
            "Market Report\n\nPrices rose today. Traders cheered.\n\nA second paragraph",
            &[
                "Market Report",
                "Prices rose today.",
                "Traders cheered.",
                "A second paragraph",
            ],
        );
    }

    #[test]
    fn any_line_break_ends_a_sentence() {
        assert_splits(
            "one line\ntwo line\r\nthree\u{2028}four",
            &["one line", "two line", "three", "four"],
        );
        assert_splits("Dr.\nRoe", &["Dr.", "Roe"]);
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_splits("It ended. and then more.", &["It ended. and then more."]);
    }

    #[test]
    fn digit_after_period_splits() {
        assert_splits(
            "Prices rose in 2019. 2020 was worse.",
            &["Prices rose in 2019.", "2020 was worse."],
        );
    }

    #[test]
    fn titles_never_end_a_sentence() {
        assert_splits(
            "Mr. Smith met Dr. Jones and Prof. Lane at St. Mary's hall. Gen. Ray agreed.",
            &[
                "Mr. Smith met Dr. Jones and Prof. Lane at St. Mary's hall.",
                "Gen. Ray agreed.",
            ],
        );
        assert_splits(
            "Sgt. Ames and Capt. Moss briefed Sen. Hale and Gov. Park.",
            &["Sgt. Ames and Capt. Moss briefed Sen. Hale and Gov. Park."],
        );
    }

    #[test]
    fn reference_abbreviations_never_end_a_sentence() {
        assert_splits(
            "It scored 5 vs. 3 in Vol. 2, see p. 14 and Fig. 3 for approx. 40 cases.",
            &["It scored 5 vs. 3 in Vol. 2, see p. 14 and Fig. 3 for approx. 40 cases."],
        );
    }

    #[test]
    fn company_suffixes_end_a_sentence_only_before_a_starter() {
        assert_splits(
            "She joined Acme Inc. The firm grew.",
            &["She joined Acme Inc.", "The firm grew."],
        );
        assert_splits(
            "Acme Inc. Chief Jane Roe spoke.",
            &["Acme Inc. Chief Jane Roe spoke."],
        );
    }

    #[test]
    fn junior_and_senior_end_a_sentence_only_before_a_starter() {
        assert_splits(
            "The speech was by Sam Roe Jr. He spoke for an hour.",
            &["The speech was by Sam Roe Jr.", "He spoke for an hour."],
        );
        assert_splits(
            "Sam Roe Jr. Memorial Park opened.",
            &["Sam Roe Jr. Memorial Park opened."],
        );
    }

    #[test]
    fn etc_ends_a_sentence_only_before_a_starter() {
        assert_splits(
            "They sold apples, pears, etc. The list goes on.",
            &["They sold apples, pears, etc.", "The list goes on."],
        );
        assert_splits(
            "Apples, pears, etc. Bananas sold out.",
            &["Apples, pears, etc. Bananas sold out."],
        );
    }

    #[test]
    fn latin_abbreviations_never_end_a_sentence() {
        assert_splits(
            "Some fruits, e.g. Apples, are red, i.e. They ripen.",
            &["Some fruits, e.g. Apples, are red, i.e. They ripen."],
        );
        assert_splits(
            "He is known a.k.a. The Hammer.",
            &["He is known a.k.a. The Hammer."],
        );
    }

    #[test]
    fn months_are_abbreviations_only_before_a_number() {
        assert_splits(
            "It happened on Jan. 5 in the city. It was cold on Sept. 11.",
            &[
                "It happened on Jan. 5 in the city.",
                "It was cold on Sept. 11.",
            ],
        );
        assert_splits(
            "They met in Dec. The talks failed.",
            &["They met in Dec.", "The talks failed."],
        );
    }

    #[test]
    fn number_abbreviation_is_case_sensitive() {
        assert_splits(
            "Law No. 217-B passed. Room No. 5 is shut.",
            &["Law No. 217-B passed.", "Room No. 5 is shut."],
        );
        assert_splits(
            "He said no. Then he left.",
            &["He said no.", "Then he left."],
        );
        assert_splits(
            "The answer was No. The vote failed.",
            &["The answer was No.", "The vote failed."],
        );
    }

    #[test]
    fn clock_times_end_a_sentence_only_before_a_starter() {
        assert_splits(
            "The meeting starts at 9 a.m. The doors open early.",
            &["The meeting starts at 9 a.m.", "The doors open early."],
        );
        assert_splits("It ends at 5 p.m. Friday.", &["It ends at 5 p.m. Friday."]);
    }

    #[test]
    fn initials_do_not_end_a_sentence() {
        assert_splits(
            "J. K. Lowe wrote it. Jon Q. Public and Ann W. Roe agreed.",
            &[
                "J. K. Lowe wrote it.",
                "Jon Q. Public and Ann W. Roe agreed.",
            ],
        );
        assert_splits("Ed J. I. Moss spoke.", &["Ed J. I. Moss spoke."]);
    }

    #[test]
    fn single_capital_ends_a_sentence_before_a_starter_word() {
        assert_splits("So did I. Then we left.", &["So did I.", "Then we left."]);
        assert_splits(
            "We chose plan B. It worked.",
            &["We chose plan B.", "It worked."],
        );
    }

    #[test]
    fn initialisms_mid_sentence_do_not_split() {
        assert_splits(
            "The U.S. Navy and the U.K. Army met E.U. Envoys in Washington, D.C. Friday.",
            &["The U.S. Navy and the U.K. Army met E.U. Envoys in Washington, D.C. Friday."],
        );
        assert_splits(
            "U.S.-Canada talks resumed. They ended.",
            &["U.S.-Canada talks resumed.", "They ended."],
        );
    }

    #[test]
    fn initialisms_end_a_sentence_before_a_starter() {
        assert_splits(
            "He flew to the U.S. The trip was long.",
            &["He flew to the U.S.", "The trip was long."],
        );
        assert_splits(
            "She works in Washington, D.C. However, she lives far away.",
            &[
                "She works in Washington, D.C.",
                "However, she lives far away.",
            ],
        );
        assert_splits(
            "He earned a Ph.D. It took years.",
            &["He earned a Ph.D.", "It took years."],
        );
        assert_splits(
            "Talks stalled at the U.N. \"We agree,\" he said.",
            &["Talks stalled at the U.N.", "\"We agree,\" he said."],
        );
        assert_splits(
            "He joined the U.N. \"Peace\" panel.",
            &["He joined the U.N. \"Peace\" panel."],
        );
    }

    #[test]
    fn glued_sentences_are_split() {
        assert_splits(
            "It was a small group.While talks went on, nothing changed.",
            &[
                "It was a small group.",
                "While talks went on, nothing changed.",
            ],
        );
        assert_splits(
            "It hurt the country.Spain has replied.",
            &["It hurt the country.", "Spain has replied."],
        );
        assert_splits(
            "What a day!Tomorrow is better?Maybe so.",
            &["What a day!", "Tomorrow is better?", "Maybe so."],
        );
        assert_splits(
            "They sold pears, etc.The shop closed.",
            &["They sold pears, etc.", "The shop closed."],
        );
        assert_splits(
            "They jailed Ivo Marten.I wonder why.",
            &["They jailed Ivo Marten.", "I wonder why."],
        );
        assert_splits(
            "The fair closed in 2022.This year it returns.",
            &["The fair closed in 2022.", "This year it returns."],
        );
        assert_splits(
            "It went to Velm.I'm told it stays.",
            &["It went to Velm.", "I'm told it stays."],
        );
    }

    #[test]
    fn glued_sentences_with_quotes_are_split() {
        assert_splits(
            "She said \"we must react.\"But nobody did.",
            &["She said \"we must react.\"", "But nobody did."],
        );
        assert_splits(
            "He paused.\"But why?\" she asked.",
            &["He paused.", "\"But why?\" she asked."],
        );
        assert_splits(
            "He paused.“But why?” she asked.",
            &["He paused.", "“But why?” she asked."],
        );
        assert_splits(
            "She said “we must react.”But nobody did.",
            &["She said “we must react.”", "But nobody did."],
        );
    }

    #[test]
    fn glued_text_that_is_not_a_sentence_break_is_kept() {
        for text in [
            "Visit alwaght.net for more.",
            "See example.com/Page for details.",
            "Read https://news.example.org/a-story.Html now.",
            "Write to editor@paper.Com today.",
            "Growth was 12.5 percent and 3.2% or 1.7% of GDP.",
            "The U.S.Navy sailed.",
            "Mr.Smith arrived.",
            "He bought an iPhone.The end.",
            "It went well...Then it did not.",
            "Teams met vs.Rivals again.",
            "Visit Harbourline.Com today.",
            "See Velm.Gazette/news today.",
            "Books by J.R.R.Tolkien sold.",
            "Growth was 12.5.Then it fell.",
            "The model v2.This is its name.",
            "The valley of Velm.I.B.M. came.",
        ] {
            assert_splits(text, &[text]);
        }
    }

    #[test]
    fn a_passage_is_never_only_punctuation() {
        assert_splits(
            "Was it over? ? Nobody knew.",
            &["Was it over? ?", "Nobody knew."],
        );
        assert_splits("It ended. \"", &["It ended. \""]);
        assert_splits(
            "It ended. \" The hall emptied.",
            &["It ended.", "\" The hall emptied."],
        );
        assert_splits("” Then it rained.", &["” Then it rained."]);
        assert_splits(
            "It rained.\n?\nIt stopped.",
            &["It rained.", "?", "It stopped."],
        );
    }

    #[test]
    fn decimals_and_percentages_do_not_split() {
        assert_splits(
            "The rate was 12.5. The next was 1.7% of GDP.",
            &["The rate was 12.5.", "The next was 1.7% of GDP."],
        );
    }

    #[test]
    fn domain_at_sentence_end_splits() {
        assert_splits(
            "Read more at example.com. The site is free.",
            &["Read more at example.com.", "The site is free."],
        );
    }

    #[test]
    fn quoted_speech_splits_after_the_closing_quote() {
        assert_splits(
            "\"We will go.\" He said it calmly.",
            &["\"We will go.\"", "He said it calmly."],
        );
        assert_splits("\"Will you?\" she asked.", &["\"Will you?\" she asked."]);
        assert_splits(
            "He said: “I will.” Then he left.",
            &["He said: “I will.”", "Then he left."],
        );
        assert_splits("‘Fine.’ She nodded.", &["‘Fine.’", "She nodded."]);
        assert_splits(
            "She wrote: 'Yes.' Then she signed.",
            &["She wrote: 'Yes.'", "Then she signed."],
        );
    }

    #[test]
    fn opening_quote_or_bracket_starts_a_new_sentence() {
        assert_splits(
            "He left. “We stay,” she said.",
            &["He left.", "“We stay,” she said."],
        );
        assert_splits(
            "(See the chart.) The rest follows. (Nobody noticed.)",
            &["(See the chart.)", "The rest follows.", "(Nobody noticed.)"],
        );
    }

    #[test]
    fn ellipsis_splits_only_before_a_capital() {
        assert_splits("Well... maybe not.", &["Well... maybe not."]);
        assert_splits("Well... Maybe not.", &["Well...", "Maybe not."]);
        assert_splits("Wait… what happened?", &["Wait… what happened?"]);
        assert_splits("Wait… Nothing happened.", &["Wait…", "Nothing happened."]);
    }

    #[test]
    fn long_sentences_are_not_split() {
        let long = format!("It went on {} and on.", "and on ".repeat(2_000));
        assert_eq!(sentences(&long), [long.as_str()]);
    }

    #[test]
    fn offsets_are_char_offsets() {
        let text = "Café’s menu is short. Prices are high.";
        assert_eq!(
            split_sentences(text),
            [
                SentenceSpan { start: 0, end: 21 },
                SentenceSpan { start: 22, end: 38 }
            ]
        );
        assert_splits(text, &["Café’s menu is short.", "Prices are high."]);
    }

    #[test]
    fn offsets_exclude_surrounding_whitespace() {
        assert_eq!(
            split_sentences("  Hi there.  Bye. \n"),
            [
                SentenceSpan { start: 2, end: 11 },
                SentenceSpan { start: 13, end: 17 }
            ]
        );
    }

    #[test]
    fn invariants_hold_on_varied_texts() {
        for text in [
            "Ünïcödé. Ørsted sold 5.5%. “Ja.” Été…",
            "\"\"\"...\"\"\" '' ( ) [ ]. ! ?",
            "a.b.c.d.e. F.G.H. i.J.k.",
            "No.\nNo. No. 1. No.",
            ".Mr. .U.S. .e.g. .The",
            "End.\u{a0}Start. \u{2029}Next\u{85}Last",
            "!?!?The…“‘(Word",
        ] {
            assert_invariants(text);
        }
    }

    #[test]
    fn huge_inputs_are_handled() {
        for text in [
            "Word. ".repeat(50_000),
            "a.".repeat(100_000),
            ".".repeat(200_000),
            "\"".repeat(100_000),
            "U.S.".repeat(50_000),
            "x".repeat(200_000) + ".The",
        ] {
            assert_invariants(&text);
        }
        assert_eq!(split_sentences(&"Word. ".repeat(50_000)).len(), 50_000);
    }

    #[test]
    fn generated_texts_keep_invariants() {
        use crate::text::fuzz::Lcg;
        #[rustfmt::skip]
        const PIECES: &[&str] = &[
            "The", "word", "a", "I", "W", "U.S.", "Mr.", "Jan.", "No", "12.5", "3", ".", "!", "?",
            "…", "...", " ", "  ", "\n", "\r\n", "\u{2028}", "\t", "\u{a0}", "\"", "“", "”", "’",
            "'", "(", ")", "[", "]", "é", "Café’s", "etc.", "a.m.", "example.com", "/", "@", "-",
            "While", "group.", "ß", "ΣΑΣ",
        ];
        let mut rng = Lcg(42);
        for _ in 0..600 {
            let len = rng.below(40);
            let text: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            assert_invariants(&text);
        }
    }

    #[test]
    fn normalise_maps_typography_and_whitespace() {
        assert_eq!(
            normalise_for_id("  The  “Quick” — Fox’s\t‘Run’\n– Now  "),
            "the \"quick\" - fox's 'run' - now"
        );
    }

    #[test]
    fn normalise_lowercases_unicode() {
        assert_eq!(normalise_for_id("ÉCOLE Café"), "école café");
    }

    #[test]
    fn normalise_of_blank_text_is_empty() {
        assert_eq!(normalise_for_id(""), "");
        assert_eq!(normalise_for_id(" \n\t "), "");
    }

    #[test]
    fn normalise_is_idempotent() {
        let once = normalise_for_id("He said: “It’s over” — again.");
        assert_eq!(normalise_for_id(&once), once);
    }
}
