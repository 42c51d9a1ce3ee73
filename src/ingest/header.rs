//! What a report says about itself in lines that are not its article: a leading URL line, a
//! headline, a dateline ("Published: …", "Mon Mar 4, 2019 9:15am EST") and a byline. Plain
//! text saved from the web usually opens with them. Boilerplate removal has already set these
//! lines apart from the article; here they are read as metadata. The original keeps them.

use super::boilerplate::{Cleaned, BYLINE};
use crate::model::date::{month_number, parse_dateline, PartialDate};
use crate::model::source::DroppedLine;
use crate::text::url::is_http_url;

/// A field of the source's metadata that a line of the original can state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Url,
    Published,
    Byline,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Url => "url",
            Field::Published => "published",
            Field::Byline => "byline",
        }
    }

    fn described(self) -> &'static str {
        match self {
            Field::Title => "the source's title",
            Field::Url => "the source's web address",
            Field::Published => "the publication date",
            Field::Byline => "the byline",
        }
    }
}

/// The metadata the lines state, and which dropped line (by index) stated each field.
#[derive(Debug, Default, PartialEq)]
pub struct Header {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub byline: Option<String>,
    pub lines: Vec<(usize, Field)>,
}

/// Reasons under which a headline can have been dropped: it sits outside the article's main
/// text, looks like a keyword list (a title-case headline without function words), forms a
/// run of headline-shaped lines with the lines around it, or is repeated (a page that shows
/// its headline twice).
const HEADLINE_REASONS: [&str; 4] = [
    "outside the article's main text",
    "tag or keyword list",
    super::boilerplate::HEADLINE_LIST,
    super::boilerplate::REPEATED_LINE,
];

/// Reads the metadata lines among what boilerplate removal dropped. The URL and the headline
/// are looked for before the article's first kept line only; a dateline or byline anywhere.
/// A very short text is kept whole by boilerplate removal; its opening URL and headline lines
/// are taken out of the article first.
pub fn read(cleaned: &mut Cleaned) -> Header {
    take_leading_lines(cleaned);
    let article_start = cleaned.kept.first().map_or(usize::MAX, |b| b.line);
    let mut header = Header::default();
    let mut dateline: Option<(usize, PartialDate, bool)> = None;
    let mut title: Option<(usize, &str)> = None;
    // A page's own name and its menus come before the headline: a candidate followed by
    // navigation (menus, widgets, lists of other articles) gives way to a later one.
    let mut navigation_since_title = false;
    for (index, line) in cleaned.dropped.iter().enumerate() {
        let before_article = line.line < article_start;
        if before_article && header.url.is_none() && is_url_line(&line.text) {
            header.url = Some(line.text.trim().to_string());
            header.lines.push((index, Field::Url));
        } else if let Some(date) = parse_dateline(&line.text) {
            // A date alone may have been dropped as a dateline or, all digits, as a counter.
            let says_published = says_published(&line.text);
            let better = match dateline {
                None => true,
                Some((_, _, earlier_says_published)) => says_published && !earlier_says_published,
            };
            if better {
                dateline = Some((index, date, says_published));
            }
        } else if line.reason == BYLINE && header.byline.is_none() {
            header.byline = Some(byline_names(&line.text));
            header.lines.push((index, Field::Byline));
        } else if before_article && is_headline(line) {
            // A line in capitals ("CITY COUNCIL") is more often a label than the headline: a
            // later headline in mixed case replaces it.
            // A list of other headlines between the headline and the article replaces nothing.
            let listed = line.reason == super::boilerplate::HEADLINE_LIST;
            let replaces = |t: &str| (navigation_since_title && !listed) || shouting(t);
            if title.is_none_or(|(_, t)| replaces(t)) {
                title = Some((index, line.text.as_str()));
                navigation_since_title = false;
            }
        } else if before_article && !HEADLINE_REASONS.contains(&line.reason.as_str()) {
            navigation_since_title = true;
        }
    }
    if let Some((index, text)) = title {
        header.title = Some(text.to_string());
        header.lines.push((index, Field::Title));
    }
    if let Some((index, date, _)) = dateline {
        header.published = Some(date);
        header.lines.push((index, Field::Published));
    }
    if header.published.is_none() {
        header.published = header.url.as_deref().and_then(date_in_url);
    }
    header.lines.sort_unstable_by_key(|(index, _)| *index);
    header
}

/// Moves a URL line and a headline that open the kept text (and are not all of it) to the
/// dropped lines, where `read` finds them.
fn take_leading_lines(cleaned: &mut Cleaned) {
    let mut taken = (false, false);
    while cleaned.kept.len() > 1 {
        let text = &cleaned.kept[0].text;
        let reason = if !taken.0 && is_url_line(text) {
            taken.0 = true;
            "url line"
        } else if !taken.1 && is_headline_shaped(text) {
            taken.1 = true;
            HEADLINE_REASONS[0]
        } else {
            break;
        };
        let block = cleaned.kept.remove(0);
        let at = cleaned.dropped.partition_point(|d| d.line < block.line);
        cleaned.dropped.insert(
            at,
            DroppedLine {
                line: block.line,
                reason: reason.to_string(),
                text: block.text,
                used_as: None,
            },
        );
    }
}

/// Marks the lines whose value the source kept as "used as metadata" (and any line that is
/// the title, wherever it came from); a line whose field was given another value (on the
/// command line or in a manifest) stays dropped and says so.
pub fn mark_used(
    dropped: &mut [DroppedLine],
    header: &Header,
    title: &str,
    kept: impl Fn(Field) -> bool,
) {
    let mark = |line: &mut DroppedLine, field: Field| {
        line.used_as = Some(field.name().to_string());
        line.reason = format!("used as metadata: {}", field.described());
    };
    for line in dropped.iter_mut() {
        if line.text.eq_ignore_ascii_case(title) {
            mark(line, Field::Title);
        }
    }
    for &(index, field) in &header.lines {
        let line = &mut dropped[index];
        if kept(field) {
            mark(line, field);
        } else if line.used_as.is_none() {
            line.reason = format!(
                "{} line; the {} given to `add` replaces it",
                field.name(),
                field.name()
            );
        }
    }
}

/// Written in capitals throughout.
fn shouting(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// A line that is a web address and nothing else.
fn is_url_line(text: &str) -> bool {
    let text = text.trim();
    is_http_url(text) && !text.contains(char::is_whitespace)
}

/// "Published …", "Originally published …", "Posted …": the first publication, rather than
/// an update.
fn says_published(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("published") || lower.contains("posted")
}

/// "By Jane Roe and John Doe, Reuters" → "Jane Roe and John Doe, Reuters".
fn byline_names(text: &str) -> String {
    text.get(3..).unwrap_or_default().trim().to_string()
}

/// Shaped like a headline: three to thirty words, letters, no full stop at the end (a
/// question or an exclamation may end one).
fn is_headline(line: &DroppedLine) -> bool {
    HEADLINE_REASONS.contains(&line.reason.as_str()) && is_headline_shaped(&line.text)
}

fn is_headline_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (3..=30).contains(&words)
        && text.chars().any(char::is_alphabetic)
        && !text.trim_end().ends_with(['.', ':', ';', ','])
        && !is_url_line(text)
        && parse_dateline(text).is_none()
}

/// The date a news address carries in its path: `/2013/05/02/` or `/2013/may/03/`.
fn date_in_url(url: &str) -> Option<PartialDate> {
    let path = url.split_once("//")?.1.split_once('/')?.1;
    let segments: Vec<&str> = path.split(['/', '?', '#']).collect();
    segments.windows(3).find_map(|w| {
        let year: i32 = w[0].parse().ok().filter(|_| w[0].len() == 4)?;
        let month = match w[1].parse::<u8>() {
            Ok(m) if w[1].len() <= 2 => m,
            _ => month_number(w[1])?,
        };
        let day: u8 = w[2].parse().ok().filter(|_| w[2].len() <= 2)?;
        PartialDate::new(year, Some(month), Some(day))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::blocks::text_blocks;
    use crate::ingest::boilerplate::clean;

    const LEAD: &str =
        "The harbour board of Calloway voted on Tuesday to close the old ferry pier \
        after engineers found that its wooden piles had rotted through, the board said.";
    const MORE: &str = "Ferry passengers will board at the new quay from next month, and the \
        old pier will be taken down before the winter storms arrive in the bay.";

    fn header_of(top: &str) -> (Header, Cleaned) {
        let text = format!("{top}\n\n{LEAD}\n\n{MORE}\n");
        let mut cleaned = clean(text_blocks(&text), false);
        (read(&mut cleaned), cleaned)
    }

    fn day(text: &str) -> Option<PartialDate> {
        PartialDate::parse(text)
    }

    #[test]
    fn url_headline_dateline_and_byline_lines_become_metadata() {
        let (header, cleaned) = header_of(
            "https://news.example.org/2019/03/04/pier-closes\nCalloway Closes Its Old Ferry Pier\n\
             By Ada Brook and Tom Vale, Coast Wire\nMon Mar 4, 2019 9:15am EST",
        );
        assert_eq!(
            header.url.as_deref(),
            Some("https://news.example.org/2019/03/04/pier-closes")
        );
        assert_eq!(
            header.title.as_deref(),
            Some("Calloway Closes Its Old Ferry Pier")
        );
        assert_eq!(
            header.byline.as_deref(),
            Some("Ada Brook and Tom Vale, Coast Wire")
        );
        assert_eq!(header.published, day("2019-03-04"));
        assert_eq!(header.lines.len(), 4);
        assert_eq!(cleaned.kept.len(), 2, "{:?}", cleaned.dropped);
    }

    #[test]
    fn a_published_line_beats_an_updated_one() {
        let (header, _) = header_of(
            "Pier to close after piles rot\nUpdated: 6 March 2019\nPublished: 4 March 2019",
        );
        assert_eq!(header.published, day("2019-03-04"));
        assert_eq!(
            header.title.as_deref(),
            Some("Pier to close after piles rot")
        );
        let (header, _) = header_of(
            "The Coast Desk | News and Views\nHome\nNews\nPier to close after piles rot\n\
             Share this\nPier to close after piles rot\nRelated Content\nStorm Hits the Bay Again\n\
             Council Election Set for May\nNew Quay Opens to Ferries",
        );
        assert_eq!(
            header.title.as_deref(),
            Some("Pier to close after piles rot"),
            "the site's name before the menus is no headline"
        );
        let (header, _) = header_of("HARBOUR BOARD OFFICE\nPier to close after piles rot");
        assert_eq!(
            header.title.as_deref(),
            Some("Pier to close after piles rot")
        );
    }

    #[test]
    fn the_date_in_the_address_serves_when_no_line_states_one() {
        let (header, _) = header_of("http://example.com/2013/may/03/local/pier");
        assert_eq!(header.published, day("2013-05-03"));
        assert_eq!(header.title, None);
        assert_eq!(date_in_url("https://example.com/2013/14/03/x"), None);
    }

    #[test]
    fn sentences_menus_and_text_after_the_article_start_are_no_headline() {
        let (header, _) = header_of("Home\nNews\nThe board met on Monday.");
        assert_eq!(header.title, None);
        let text = format!("{LEAD}\n\n{MORE}\n\nRead the Board's Full Report Here\n");
        assert_eq!(read(&mut clean(text_blocks(&text), false)).title, None);
    }

    #[test]
    fn a_short_text_kept_whole_still_gives_its_url_and_headline() {
        let text = "https://example.org/pier\n\nPier closes for good\n\nThe pier closed.\n";
        let mut cleaned = clean(text_blocks(text), false);
        assert_eq!(cleaned.kept.len(), 3, "no prose: everything kept");
        let header = read(&mut cleaned);
        assert_eq!(header.url.as_deref(), Some("https://example.org/pier"));
        assert_eq!(header.title.as_deref(), Some("Pier closes for good"));
        assert_eq!(cleaned.kept.len(), 1);
        assert_eq!(cleaned.dropped.len(), 2);
    }

    #[test]
    fn used_lines_are_marked_and_replaced_ones_say_why() {
        let (header, mut cleaned) = header_of("https://example.org/pier\nPier Closes at Last");
        mark_used(&mut cleaned.dropped, &header, "Another title", |field| {
            field == Field::Url
        });
        let url = &cleaned.dropped[header.lines[0].0];
        assert_eq!(url.used_as.as_deref(), Some("url"));
        let title = &cleaned.dropped[header.lines[1].0];
        assert_eq!(title.used_as, None);
        assert!(title.reason.contains("replaces it"), "{}", title.reason);
    }
}
