//! Which blocks of a page are the article. Each block is judged on its own shape (length,
//! function-word density, capitalisation, terminal punctuation, widget vocabulary, repetition),
//! then the article's dense core is found as the run of blocks with the highest score:
//! prose adds its length, boilerplate costs a lot, short neutral lines (headings) cost a
//! little. Inside the core, headings and short sentences stay; outside it, nothing does.
//! Ideas from jusText (stop-word density, context), boilerpipe (word counts, link density)
//! and C4's line filters (terminal punctuation, widget phrases); the code is ours.

use super::blocks::Block;
use crate::model::date::parse_dateline;
use crate::model::source::DroppedLine;
use crate::text::lexicon::is_stop_word;
use crate::text::lexicon::widgets::{RELATED_MARKERS, WIDGET_PHRASES, WIDGET_WORDS};
use std::collections::HashMap;

/// Blocks kept as the article's text, and what was dropped with the reason.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub kept: Vec<Block>,
    pub dropped: Vec<DroppedLine>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Verdict {
    /// Running prose.
    Prose,
    /// Neither: a heading, a label, a short line. Kept inside the article, dropped outside.
    Neutral,
    Boilerplate(&'static str),
    /// Boilerplate by the page's own markup (nav, share widget, comments): precisely
    /// delimited, so crossing it says little about whether the article goes on.
    Marked(&'static str),
}

const PROSE_MIN_STOP_RATIO: f64 = 0.2;
const NEUTRAL_COST: i64 = 10;
const BOILERPLATE_COST: i64 = 60;
/// A marked list of headlines is cheap to cross: articles often carry a "read more" box.
const HEADLINE_LIST_COST: i64 = 25;
const MARKED_COST: i64 = 5;
/// Runs of this many headline-shaped lines are a list of links, not section headings.
const HEADLINE_RUN: usize = 3;

/// Separates article from boilerplate. With `keep_all`, every block is kept (the editor asked).
pub fn clean(blocks: Vec<Block>, keep_all: bool) -> Cleaned {
    if keep_all {
        return Cleaned {
            kept: blocks,
            ..Cleaned::default()
        };
    }
    let shapes: Vec<Shape> = blocks.iter().map(|b| Shape::of(&b.text)).collect();
    let mut verdicts = judge_each(&blocks, &shapes);
    mark_headline_runs(&shapes, &mut verdicts);
    mark_glossary_entries(&blocks, &mut verdicts);
    let core = dense_core(&blocks, &verdicts);

    let mut cleaned = Cleaned::default();
    for (i, (block, verdict)) in blocks.into_iter().zip(verdicts).enumerate() {
        let reason = match verdict {
            Verdict::Boilerplate(reason) | Verdict::Marked(reason) => Some(reason),
            _ if !core.contains(&i) => Some("outside the article's main text"),
            _ => None,
        };
        match reason {
            None => cleaned.kept.push(block),
            Some(reason) => cleaned.dropped.push(DroppedLine {
                line: block.line,
                reason: reason.to_string(),
                text: block.text,
                used_as: None,
            }),
        }
    }
    cleaned
}

const DATELINE: &str = "dateline";
pub(super) const HEADLINE_LIST: &str = "list of headlines or links";
pub(super) const REPEATED_LINE: &str = "repeated line (menu, label or caption)";
pub(super) const BYLINE: &str = "byline";

/// The measurable shape of a block of text.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    chars: usize,
    words: usize,
    letters: usize,
    stop_words: usize,
    capitalised: usize,
    terminal: bool,
}

impl Shape {
    fn of(text: &str) -> Shape {
        let mut shape = Shape {
            chars: text.chars().count(),
            letters: text.chars().filter(|c| c.is_alphabetic()).count(),
            terminal: text
                .trim_end_matches(['"', '”', '’', '\'', ')', ']', '*'])
                .ends_with(['.', '!', '?', '…']),
            ..Shape::default()
        };
        for word in words(text) {
            shape.words += 1;
            if is_stop_word(word) {
                shape.stop_words += 1;
            }
            if word
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                shape.capitalised += 1;
            }
        }
        shape
    }

    fn stop_ratio(&self) -> f64 {
        self.stop_words as f64 / self.words.max(1) as f64
    }

    fn capital_ratio(&self) -> f64 {
        self.capitalised as f64 / self.words.max(1) as f64
    }

    fn is_prose(&self) -> bool {
        let sentence =
            self.terminal && self.words >= 4 && self.stop_ratio() >= PROSE_MIN_STOP_RATIO;
        let long_paragraph = self.words >= 15 && self.stop_ratio() >= 0.3;
        sentence || long_paragraph
    }

    /// Shaped like a headline or a link: no sentence end, mostly capitalised words.
    fn is_headline_like(&self) -> bool {
        !self.terminal && (2..=25).contains(&self.words) && self.capital_ratio() >= 0.5
    }
}

/// Words without their surrounding punctuation; empty pieces skipped.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

fn judge_each(blocks: &[Block], shapes: &[Shape]) -> Vec<Verdict> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for block in blocks {
        *seen.entry(block.text.to_lowercase()).or_default() += 1;
    }
    let mut first_copy_seen: HashMap<String, bool> = HashMap::new();
    blocks
        .iter()
        .zip(shapes)
        .map(|(block, shape)| {
            let key = block.text.to_lowercase();
            let copies = seen[&key];
            let is_later_copy = std::mem::replace(first_copy_seen.entry(key).or_default(), true);
            judge(block, shape, copies, is_later_copy)
        })
        .collect()
}

fn judge(block: &Block, shape: &Shape, copies: usize, is_later_copy: bool) -> Verdict {
    use Verdict::Boilerplate;
    let hint = &block.hint;
    let lower = block.text.to_lowercase();
    if let Some(reason) = hint.structural {
        return Verdict::Marked(reason);
    }
    if shape.letters == 0 {
        return Boilerplate("counter or symbols");
    }
    if hint.related_prefix || starts_with_related_marker(&lower) {
        return Boilerplate("link to another article");
    }
    if shape.words <= 20 {
        if let Some(reason) = widget_phrase(&lower) {
            return Boilerplate(reason);
        }
    }
    if shape.words <= 6 && words(&lower).all(is_widget_word) {
        return Boilerplate("menu or widget label");
    }
    if parse_dateline(&block.text).is_some() {
        return Boilerplate(DATELINE);
    }
    if is_byline(&block.text, shape) {
        return Boilerplate(BYLINE);
    }
    if shape.words >= 5 && shape.stop_words == 0 && !shape.terminal && shape.capital_ratio() >= 0.8
    {
        return Boilerplate("tag or keyword list");
    }
    if hint.caption {
        return Boilerplate("caption");
    }
    if hint.link_chars * 2 > shape.chars {
        return Boilerplate("links");
    }
    if copies >= 2 && shape.words <= 20 {
        return Boilerplate(REPEATED_LINE);
    }
    if is_later_copy {
        return Boilerplate("repeated paragraph");
    }
    if !hint.heading && shape.is_prose() {
        Verdict::Prose
    } else {
        Verdict::Neutral
    }
}

fn starts_with_related_marker(lower: &str) -> bool {
    RELATED_MARKERS.iter().any(|m| {
        lower
            .strip_prefix(m)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters": a short capitalised line after "By".
fn is_byline(text: &str, shape: &Shape) -> bool {
    text.starts_with("By ") && shape.words <= 8 && !shape.terminal && shape.capital_ratio() >= 0.6
}

/// Phrases of log-in prompts, comment forms, reaction widgets, subscription, donation and
/// advertising lines, and legal footers, with the reason recorded for each family.
fn widget_phrase(lower: &str) -> Option<&'static str> {
    WIDGET_PHRASES
        .iter()
        .find(|(_, phrases)| phrases.iter().any(|p| contains_phrase(lower, p)))
        .map(|(reason, _)| *reason)
}

/// `phrase` in `text` starting at a word boundary (so "login" does not match "biologin").
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Words that, alone on a short line, make it a menu item, a widget or a label.
fn is_widget_word(word: &str) -> bool {
    WIDGET_WORDS.contains(&word)
}

/// Three or more headline-shaped lines in a row are a list of links; the neutral ones among
/// them (which would otherwise pass as section headings) are marked so.
fn mark_headline_runs(shapes: &[Shape], verdicts: &mut [Verdict]) {
    let mut start = 0;
    while start < verdicts.len() {
        let is_member = |i: usize| verdicts[i] != Verdict::Prose && shapes[i].is_headline_like();
        if !is_member(start) {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < verdicts.len() && is_member(end) {
            end += 1;
        }
        if end - start >= HEADLINE_RUN {
            for verdict in verdicts[start..end]
                .iter_mut()
                .filter(|v| **v == Verdict::Neutral)
            {
                *verdict = Verdict::Boilerplate(HEADLINE_LIST);
            }
        }
        start = end;
    }
}

/// A topic glossary shows each term twice (a link and a label) and then defines it: prose
/// right after a doubled label is a definition, not the article.
fn mark_glossary_entries(blocks: &[Block], verdicts: &mut [Verdict]) {
    for i in 2..verdicts.len() {
        let doubled_label = verdicts[i - 1] == Verdict::Boilerplate(REPEATED_LINE)
            && blocks[i - 1].text.eq_ignore_ascii_case(&blocks[i - 2].text);
        if verdicts[i] == Verdict::Prose && doubled_label {
            verdicts[i] = Verdict::Boilerplate("glossary entry");
        }
    }
}

/// Indices of the highest-scoring contiguous run of blocks (Kadane's algorithm): the article.
/// When no block reads as prose (a very short text), every block that is not boilerplate stays.
fn dense_core(blocks: &[Block], verdicts: &[Verdict]) -> std::ops::Range<usize> {
    if !verdicts.contains(&Verdict::Prose) {
        return 0..blocks.len();
    }
    let score = |i: usize| match verdicts[i] {
        Verdict::Prose => blocks[i].text.chars().count() as i64,
        Verdict::Neutral => -NEUTRAL_COST,
        Verdict::Boilerplate(HEADLINE_LIST) => -HEADLINE_LIST_COST,
        Verdict::Boilerplate(_) => -BOILERPLATE_COST,
        Verdict::Marked(_) => -MARKED_COST,
    };
    let (mut best, mut best_range) = (i64::MIN, 0..0);
    let (mut running, mut start) = (0i64, 0);
    for i in 0..blocks.len() {
        if running <= 0 {
            running = 0;
            start = i;
        }
        running += score(i);
        if running > best {
            best = running;
            best_range = start..i + 1;
        }
    }
    best_range
}

#[cfg(test)]
mod tests {
    use super::super::blocks::text_blocks;
    use super::*;

    const PARAGRAPH_A: &str =
        "The regional council approved the new water budget on Tuesday after a long debate, \
        and the mayor said that the money would reach the villages before the summer.";
    const PARAGRAPH_B: &str =
        "Farmers in the valley have waited for the repairs for years, and many of them \
        told reporters that they doubted the promise would be kept this time.";
    const PARAGRAPH_C: &str =
        "Engineers from the provincial agency will begin the work in March, according to \
        a statement that was published by the council on its website.";

    fn kept(text: &str) -> Vec<String> {
        clean(text_blocks(text), false)
            .kept
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    fn dropped(text: &str) -> Vec<(String, String)> {
        clean(text_blocks(text), false)
            .dropped
            .into_iter()
            .map(|d| (d.text, d.reason))
            .collect()
    }

    fn article_with(before: &str, middle: &str, after: &str) -> String {
        format!(
            "{before}\n\n{PARAGRAPH_A}\n\n{middle}\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n\n{after}\n"
        )
    }

    #[test]
    fn navigation_menus_before_the_article_go() {
        let text = article_with(
            "Home\nNews\nWorld\nPolitics\nMost Viewed\nDay Week Month",
            "",
            "",
        );
        assert_eq!(kept(&text), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn log_in_comment_and_reaction_widgets_go() {
        let text = article_with(
            "0\nPlease log in or register to do it.",
            "",
            "Reactions\n0\n0\nAlready reacted for this post.\nYour email address will not be published. Required fields are marked *\nName :\nEmail :\nSend",
        );
        assert_eq!(kept(&text), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
        let reasons: Vec<String> = dropped(&text).into_iter().map(|(_, r)| r).collect();
        assert!(
            reasons.contains(&"log-in or registration prompt".to_string()),
            "{reasons:?}"
        );
        assert!(
            reasons.contains(&"counter or symbols".to_string()),
            "{reasons:?}"
        );
    }

    #[test]
    fn section_headings_and_short_sentences_inside_the_article_stay() {
        let text = article_with(
            "",
            "Why the Valley Waited\n\nIt was not the first time.",
            "",
        );
        assert_eq!(
            kept(&text),
            [
                PARAGRAPH_A,
                "Why the Valley Waited",
                "It was not the first time.",
                PARAGRAPH_B,
                PARAGRAPH_C
            ]
        );
    }

    #[test]
    fn lists_of_unrelated_headlines_go_even_inside_the_article() {
        let headlines = "Storm Closes Mountain Pass for Third Day\n\nLocal Team Wins Cup After Penalty Drama\n\n\
            Parliament Debates New Budget Rules\n\nMinister Visits Flooded Towns";
        let text = article_with("", headlines, "");
        assert_eq!(kept(&text), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
        let text = article_with("", "", headlines);
        assert_eq!(kept(&text), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn a_see_also_line_glued_to_a_paragraph_goes_and_the_paragraph_stays() {
        let glued = format!(
            "SEE ALSO: Harvest Festival Returns After Five YearsEngineers {}",
            &PARAGRAPH_C[10..]
        );
        let text = format!(
            "{PARAGRAPH_A}\n{glued}\n{PARAGRAPH_B}\nSEE ALSO: Another Story About The Valley\n"
        );
        let kept = kept(&text);
        assert_eq!(kept[1], PARAGRAPH_C);
        assert_eq!(kept.len(), 3);
    }

    #[test]
    fn subscription_donation_and_advertising_lines_go() {
        let text = article_with(
            "",
            "",
            "Unlimited Portal Access + Monthly Magazine - 12 issues\n\nDonate to keep us independent!\n\nADVERTISE\n\nMerchandise (Summer Series)",
        );
        assert_eq!(kept(&text), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn topic_glossaries_with_repeated_terms_go() {
        let glossary = "Cooperative\n\nCooperative\n\nA farmers' association that shares machines and sells grain together in the region.\n\
            Drought\n\nDrought\n\nA long period without rain that ruins harvests and empties the wells of whole districts.\n\
            New node\n\nNew node\n\nFeatured\n\nSpecial Report Title\n\nMonday 3 March 2025\n\nSpecial Report Title";
        let text = article_with(glossary, "", "");
        let cleaned = clean(text_blocks(&text), false);
        let kept: Vec<&str> = cleaned.kept.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(kept, [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn tag_lists_gallery_captions_and_bylines_go() {
        let text = article_with(
            "By Jane Example",
            "",
            "Tags :\nWater Budget Valley Council Farmers Repairs\nGallery\nPhoto\nA view of the valley from the old bridge\nA view of the valley from the old bridge",
        );
        let cleaned = clean(text_blocks(&text), false);
        assert_eq!(cleaned.kept.len(), 3);
        assert!(cleaned.dropped.iter().any(|d| d.reason == BYLINE));
    }

    #[test]
    fn every_block_is_either_kept_or_dropped_with_a_reason() {
        let text = article_with("Menu\nHome", "Heading", "Share on Facebook");
        let blocks = text_blocks(&text);
        let total = blocks.len();
        let cleaned = clean(blocks, false);
        assert_eq!(cleaned.kept.len() + cleaned.dropped.len(), total);
        assert!(cleaned
            .dropped
            .iter()
            .all(|d| !d.reason.is_empty() && d.line > 0));
    }

    #[test]
    fn a_widget_marked_by_markup_does_not_cut_off_the_article_end() {
        let mut blocks = text_blocks(&format!(
            "{PARAGRAPH_A}\n\nShare on Facebook\n\nIt was hard, she said."
        ));
        blocks[1].hint.structural = Some("share widget");
        let cleaned = clean(blocks, false);
        assert_eq!(cleaned.kept.len(), 2, "{:?}", cleaned.dropped);
        assert_eq!(cleaned.dropped[0].reason, "share widget");
    }

    #[test]
    fn a_short_text_without_prose_is_kept_whole() {
        assert_eq!(kept("Statement\nWe agree"), ["Statement", "We agree"]);
    }

    #[test]
    fn keep_all_keeps_everything() {
        assert_eq!(clean(text_blocks("Home\nMenu"), true).kept.len(), 2);
    }

    #[test]
    fn article_sentences_mentioning_widget_words_stay() {
        let text = article_with("", "The minister declined to comment on the report, and no one would register a complaint before the vote.", "");
        assert_eq!(kept(&text).len(), 4);
    }
}
