//! Claims → themes. An editor defines a theme by its cues: words and phrases matched on word
//! boundaries, case-insensitively, on Snowball stems ("sanction" finds "sanctions" and
//! "sanctioned"), or on a prefix when a cue word ends in `*` ("terror*"). A claim's score for
//! a theme is the number of cue words it matches, so a matched phrase outweighs a lone word.

use super::claim_index::ClaimIndex;
use crate::analyse::Claim;
use crate::load::curation::ThemeCuration;
use crate::model::source::Document;
use crate::text::cue::{words, Cue, Word};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub id: String,
    pub name: String,
    pub cues: Vec<String>,
    pub summary: Option<Document>,
    /// The claims that match, in corpus order.
    pub claims: Vec<ThemeClaim>,
    /// (actor index, matching claims that mention it), most associated first.
    pub actors: Vec<(usize, usize)>,
    /// (event index, matching claims that report it), most associated first.
    pub events: Vec<(usize, usize)>,
}

impl Theme {
    /// How many sources the matching claims come from.
    pub fn source_count(&self) -> usize {
        let sources: std::collections::BTreeSet<&str> =
            self.claims.iter().map(|c| c.source.as_str()).collect();
        sources.len()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThemeClaim {
    pub claim: String,
    pub source: String,
    pub score: usize,
    /// The cues it matched, as the editor wrote them.
    pub cues: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Themes {
    /// In the order of their file names.
    pub themes: Vec<Theme>,
}

/// A claim's score against `cues` and the cues it matched.
pub fn score(cues: &[Cue], text: &[Word]) -> (usize, Vec<String>) {
    let mut total = 0;
    let mut matched = Vec::new();
    for cue in cues {
        let count = cue.count_in(text);
        if count > 0 {
            total += count * cue.word_count();
            matched.push(cue.text.clone());
        }
    }
    (total, matched)
}

/// Matches every claim against every theme and gathers each theme's actors and events.
pub fn resolve_themes<'a>(
    claims: impl Iterator<Item = &'a Claim>,
    curation: &[ThemeCuration],
    links: &ClaimIndex,
) -> Themes {
    let cues: Vec<Vec<Cue>> = curation
        .iter()
        .map(|t| t.cues.iter().filter_map(|c| Cue::parse(c)).collect())
        .collect();
    let mut themes: Vec<Theme> = curation
        .iter()
        .map(|t| Theme {
            id: t.slug.clone(),
            name: t.name.clone(),
            cues: t.cues.clone(),
            summary: Document::summary(&t.path, &t.body, t.body_line),
            claims: Vec::new(),
            actors: Vec::new(),
            events: Vec::new(),
        })
        .collect();
    if themes.is_empty() {
        return Themes::default();
    }
    for claim in claims {
        let text = words(&claim.text);
        for (index, theme) in themes.iter_mut().enumerate() {
            let (score, matched) = score(&cues[index], &text);
            if score == 0 {
                continue;
            }
            theme.claims.push(ThemeClaim {
                claim: claim.id.clone(),
                source: claim.source.clone(),
                score,
                cues: matched,
            });
        }
    }
    for theme in &mut themes {
        let ids = theme.claims.iter().map(|c| c.claim.as_str());
        theme.actors = most_associated(ids.clone(), |claim| &links.of(claim).actors);
        theme.events = most_associated(ids, |claim| &links.of(claim).events);
    }
    Themes { themes }
}

/// How many of `claims` each item of `by_claim` appears with, most first, then by index.
fn most_associated<'a, 'l>(
    claims: impl Iterator<Item = &'a str>,
    by_claim: impl Fn(&str) -> &'l [usize],
) -> Vec<(usize, usize)> {
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for claim in claims {
        for &item in by_claim(claim) {
            *counts.entry(item).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_outweigh_words() {
        let cues = [
            Cue::parse("trade").unwrap(),
            Cue::parse("trade route").unwrap(),
        ];
        let (total, matched) = score(&cues, &words("A new trade route."));
        assert_eq!(total, 3);
        assert_eq!(matched, ["trade", "trade route"]);
    }

    fn claim(id: &str, text: &str) -> Claim {
        Claim {
            id: id.into(),
            source: "s".into(),
            text: text.into(),
            start: 0,
            end: text.chars().count(),
        }
    }

    fn theme(slug: &str, cues: &[&str]) -> ThemeCuration {
        ThemeCuration {
            slug: slug.into(),
            path: std::path::PathBuf::from(format!("{slug}.md")),
            name: slug.into(),
            cues: cues.iter().map(|c| c.to_string()).collect(),
            body: String::new(),
            body_line: 4,
            front: String::new(),
        }
    }

    #[test]
    fn claims_get_their_themes_with_scores_and_themes_their_actors() {
        let claims = [
            claim("c1", "The port signed a trade deal."),
            claim("c2", "Trade routes and security patrols."),
            claim("c3", "It rained."),
        ];
        let curation = [
            theme("economy", &["trade", "trade deal"]),
            theme("security", &["security", "patrol"]),
        ];
        let mut links = ClaimIndex::with_actors(&[("c1", &[4]), ("c2", &[4, 2])]);
        let themes = resolve_themes(claims.iter(), &curation, &links);
        links.add_themes(&themes);
        assert_eq!(links.of("c1").themes, [(0, 3)], "a word and a phrase");
        assert_eq!(links.of("c2").themes, [(0, 1), (1, 2)]);
        assert!(links.of("c3").themes.is_empty());
        assert_eq!(themes.themes[0].actors, [(4, 2), (2, 1)]);
        assert!(themes.themes[0].summary.is_none());
    }

    #[test]
    fn no_theme_files_no_themes() {
        let claims = [claim("c1", "Trade.")];
        let themes = resolve_themes(claims.iter(), &[], &ClaimIndex::default());
        assert!(themes.themes.is_empty());
    }
}
