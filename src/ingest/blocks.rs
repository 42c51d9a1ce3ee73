//! Text to blocks: the unit the boilerplate classifier judges. A plain-text block is a line,
//! after re-joining lines that a scraper broke inside a sentence and splitting off a
//! "SEE ALSO: headline" glued onto the paragraph that follows it.

use crate::text::abbreviations::{self, Use};
use crate::text::lexicon::widgets::RELATED_MARKERS;

/// A paragraph-sized piece of an original, with what its markup said about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    pub text: String,
    /// 1-based line of the original where the block starts.
    pub line: usize,
    pub hint: Hint,
}

/// What the markup (for HTML) or the text's shape says about a block.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hint {
    pub heading: bool,
    pub caption: bool,
    /// Chars of the text that were link text.
    pub link_chars: usize,
    /// The page structure already marks it boilerplate (navigation, footer, comments…).
    pub structural: Option<&'static str>,
    /// A glued-on "see also" line, split off its paragraph.
    pub related_prefix: bool,
}

impl Block {
    pub fn new(text: impl Into<String>, line: usize) -> Self {
        Block {
            text: text.into(),
            line,
            hint: Hint::default(),
        }
    }
}

/// Splits normalised plain text into blocks, one per non-empty line, re-joined and split as
/// described in the module comment.
pub fn text_blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut previous_was_blank = true;
    for (index, raw) in text.split('\n').enumerate() {
        let line = collapse_spaces(raw);
        if line.is_empty() {
            previous_was_blank = true;
            continue;
        }
        match blocks.last_mut() {
            Some(last) if !previous_was_blank && continues(&last.text, &line) => {
                last.text.push(' ');
                last.text.push_str(&line);
            }
            _ => blocks.extend(split_related_prefix(Block::new(line, index + 1))),
        }
        previous_was_blank = false;
    }
    blocks
}

pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `next` continues the sentence that `line` leaves open: a line broken before a
/// lowercase word, or after a title abbreviation such as "St.".
fn continues(line: &str, next: &str) -> bool {
    let next_lowercase = next.chars().next().is_some_and(char::is_lowercase);
    let ends_open = !line.ends_with(['.', '!', '?', ':', ';', '…', '"', '”', '’', ')']);
    let last_word = line.rsplit(' ').next().unwrap_or_default();
    // An abbreviation before a name or a number never ends a line's sentence ("St.", "No.").
    let ends_with_abbreviation = last_word.strip_suffix('.').is_some_and(|word| {
        matches!(
            abbreviations::lookup(word),
            Some(Use::Title | Use::Place | Use::Reference | Use::Numero)
        )
    });
    let ends_with_initialism = is_initialism(last_word);
    ends_with_abbreviation || (next_lowercase && (ends_open || ends_with_initialism))
}

/// "U.S.", "U.K.", "E.U.": letters each followed by a dot.
fn is_initialism(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && word.chars().filter(|&c| c == '.').count() == letters && word.ends_with('.')
}

/// "SEE ALSO: Some Headline Here" at the start of a line is a link to another article. When a
/// scraper glued it onto the next paragraph ("…Their MigrationRussia has…"), split it there.
fn split_related_prefix(block: Block) -> Vec<Block> {
    let Some(marker_len) = related_marker_len(&block.text) else {
        return vec![block];
    };
    let rest = &block.text[marker_len..];
    let Some(glue) = glue_point(rest) else {
        let mut whole = block;
        whole.hint.related_prefix = true;
        return vec![whole];
    };
    let mut prefix = Block::new(block.text[..marker_len + glue].trim(), block.line);
    prefix.hint.related_prefix = true;
    let paragraph = Block::new(block.text[marker_len + glue..].trim(), block.line);
    vec![prefix, paragraph]
}

/// Byte length of a leading "SEE ALSO:"-style marker including its colon.
pub fn related_marker_len(text: &str) -> Option<usize> {
    let colon = text.find(':')?;
    let head = text[..colon].trim().to_lowercase();
    RELATED_MARKERS
        .contains(&head.as_str())
        .then_some(colon + 1)
}

/// Where a headline ends and a glued paragraph begins: a word of at least four letters whose
/// last lowercase letter runs straight into a capitalised word ("MigrationRussia"), within
/// the first 25 words. Shorter heads are left alone: "McDonald", "YouTube".
fn glue_point(text: &str) -> Option<usize> {
    let mut word_letters = 0;
    let mut words = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for window in chars.windows(3) {
        let [(_, a), (i, b), (_, c)] = [window[0], window[1], window[2]];
        if a.is_whitespace() {
            words += 1;
            if words > 25 {
                return None;
            }
        }
        word_letters = if a.is_alphabetic() {
            word_letters + 1
        } else {
            0
        };
        if a.is_lowercase() && b.is_uppercase() && c.is_lowercase() && word_letters >= 4 {
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn one_block_per_line_with_line_numbers() {
        let blocks = text_blocks("First line.\n\n  Second   line.\nThird.");
        assert_eq!(texts(&blocks), ["First line.", "Second line.", "Third."]);
        assert_eq!(blocks.iter().map(|b| b.line).collect::<Vec<_>>(), [1, 3, 4]);
    }

    #[test]
    fn lines_broken_inside_a_sentence_are_rejoined() {
        let blocks = text_blocks(
            "Troops of the U.S.\nand their allies left.\nThey met in St.\nPetersburg on Monday.",
        );
        assert_eq!(
            texts(&blocks),
            [
                "Troops of the U.S. and their allies left.",
                "They met in St. Petersburg on Monday."
            ]
        );
    }

    #[test]
    fn a_blank_line_always_separates() {
        let blocks = text_blocks("Term\n\nlowercase definition follows.");
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn a_glued_see_also_headline_is_split_off() {
        let blocks = text_blocks("SEE ALSO: Farmers Face Uncertain Harvest After FloodsThe ministry said on Monday that aid would follow.");
        assert_eq!(
            texts(&blocks),
            [
                "SEE ALSO: Farmers Face Uncertain Harvest After Floods",
                "The ministry said on Monday that aid would follow."
            ]
        );
        assert!(blocks[0].hint.related_prefix);
        assert!(!blocks[1].hint.related_prefix);
    }

    #[test]
    fn a_lone_related_line_is_marked_whole() {
        let blocks = text_blocks("Read more: Why McDonald's Left The Market");
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].hint.related_prefix);
    }

    #[test]
    fn a_colon_in_prose_is_not_a_marker() {
        assert_eq!(related_marker_len("The reason: money."), None);
        assert_eq!(related_marker_len("Related: x"), Some(8));
    }
}
