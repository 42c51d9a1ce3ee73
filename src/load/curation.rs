//! Editor curation files in content/actors/, events/, themes/ and discrepancies/: TOML front
//! matter that corrects what extraction found, and a markdown body with the editor's summary.

use crate::error::{toml_error, Error, Location, Result};
use crate::load::files::ProjectFiles;
use crate::load::frontmatter::{key_location, key_offset, load_md_files, split_front_matter};
use crate::model::actor::ActorKind;
use crate::model::date::PartialDate;
use crate::model::ids::validate_id;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// content/actors/<slug>.md
#[derive(Debug, Clone, PartialEq)]
pub struct ActorCuration {
    /// The file name without `.md`: the actor's id once curated.
    pub slug: String,
    pub path: PathBuf,
    pub name: Option<String>,
    pub kind: Option<ActorKind>,
    /// Surface forms that name this actor (merged into it).
    pub aliases: Vec<String>,
    /// Drop this actor: a false find.
    pub hidden: bool,
    /// Merge this actor into another one, by id.
    pub same_as: Option<String>,
    /// The editor's summary (markdown).
    pub body: String,
    pub body_line: usize,
    /// The front matter text, for pointing errors at a key's line.
    front: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ActorFront {
    name: Option<String>,
    kind: Option<ActorKind>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    hidden: bool,
    same_as: Option<String>,
}

impl ActorCuration {
    /// Where `key` is set in this file (the file itself when it is not set).
    pub fn location_of(&self, key: &str) -> Location {
        key_location(&self.path, &self.front, key)
    }

    /// Where the alias `alias` is written in this file.
    pub fn location_of_alias(&self, alias: &str) -> Location {
        let quoted = format!("\"{alias}\"");
        match self.front.find(&quoted).or_else(|| self.front.find(alias)) {
            Some(offset) => Location::of_offset(&self.path, &self.front, offset, 2),
            None => self.location_of("aliases"),
        }
    }
}

/// content/events/<slug>.md
#[derive(Debug, Clone, PartialEq)]
pub struct EventCuration {
    pub slug: String,
    pub path: PathBuf,
    pub date: Option<PartialDate>,
    /// The last date of an event that spans a period ("1999" to "2009").
    pub end: Option<PartialDate>,
    pub title: Option<String>,
    /// Claim ids or event titles whose events merge into this one.
    pub aliases: Vec<String>,
    /// Claim ids taken out of whatever events hold them to form this event.
    pub split: Vec<String>,
    /// Claim ids taken out of this event; they join no other event unless a file splits them.
    pub exclude: Vec<String>,
    pub hidden: bool,
    pub body: String,
    pub body_line: usize,
    front: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFront {
    date: Option<PartialDate>,
    end: Option<PartialDate>,
    title: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    split: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    hidden: bool,
}

impl EventCuration {
    pub fn location_of(&self, key: &str) -> Location {
        key_location(&self.path, &self.front, key)
    }

    /// Where `item` is written in the list `key` of this file.
    pub fn location_of_item(&self, key: &str, item: &str) -> Location {
        item_location(&self.path, &self.front, key, item)
    }
}

/// Where `item` is written in the list `key`: its quoted form after the key, else the key.
fn item_location(path: &Path, front: &str, key: &str, item: &str) -> Location {
    let Some(key_at) = key_offset(front, key) else {
        return Location::file(path);
    };
    let quoted = format!("\"{item}\"");
    let offset = front[key_at..]
        .find(&quoted)
        .map_or(key_at, |o| key_at + o + 1);
    Location::of_offset(path, front, offset, 2)
}

const EVENT_HELP: &str = "event files take date and end (YYYY, YYYY-MM or YYYY-MM-DD), title, aliases (claim ids or event titles), split and exclude (claim ids) and hidden";

/// Reads content/events/*.md. A claim listed in both split and exclude of one file, or split
/// by two files, is an error: the editor's intent is unclear.
pub fn load_event_curation(files: &ProjectFiles, dir: &Path) -> Result<Vec<EventCuration>> {
    let events = load_md_files(files, dir, |path, text| {
        let file: ParsedFile<EventFront> = parse_curation_file(path, text, EVENT_HELP)?;
        let event = EventCuration {
            slug: file.slug,
            path: path.to_path_buf(),
            date: file.front.date,
            end: file.front.end,
            title: file.front.title,
            aliases: file.front.aliases,
            split: file.front.split,
            exclude: file.front.exclude,
            hidden: file.front.hidden,
            body: file.body,
            body_line: file.body_line,
            front: file.front_text,
        };
        check_event_file(&event)?;
        Ok(event)
    })?;
    let mut errors = Vec::new();
    let mut split_by: BTreeMap<&str, &EventCuration> = BTreeMap::new();
    for event in &events {
        for claim in &event.split {
            if let Some(first) = split_by.insert(claim, event) {
                errors.push(Error::input(
                    event.location_of_item("split", claim),
                    format!(
                        "claim {claim:?} is split off by two event files, this one and {}",
                        first.path.display()
                    ),
                    "a claim belongs to one event: keep it in one file's split",
                ));
            }
        }
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(events),
    }
}

fn check_event_file(event: &EventCuration) -> Result<()> {
    if let Some(both) = event.split.iter().find(|c| event.exclude.contains(c)) {
        return Err(Error::input(
            event.location_of_item("exclude", both),
            format!("claim {both:?} is both split into this event and excluded from it"),
            "keep it in split to make it part of this event, or in exclude to keep it out",
        ));
    }
    if let (Some(date), Some(end)) = (event.date, event.end) {
        if !end.can_end(date) {
            return Err(Error::input(
                event.location_of("end"),
                format!("the event's end ({end}) is not after its start ({date})"),
                "end is the last date of a period that starts at date",
            ));
        }
    } else if event.end.is_some() {
        return Err(Error::input(
            event.location_of("end"),
            "the event has an end but no date",
            "give the start as date = \"YYYY…\" as well",
        ));
    }
    Ok(())
}

/// What the editor decided about a discrepancy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The sources really disagree; the note says how.
    Confirmed,
    /// Not a real disagreement (different things counted, a misreading); shown apart.
    Dismissed,
}

/// content/discrepancies/<slug>.md
#[derive(Debug, Clone, PartialEq)]
pub struct DiscrepancyCuration {
    pub slug: String,
    pub path: PathBuf,
    /// The id shown on the discrepancies page ("d-…").
    pub discrepancy: String,
    pub verdict: Verdict,
    /// The editor's note (markdown, with citations).
    pub body: String,
    pub body_line: usize,
    front: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscrepancyFront {
    discrepancy: String,
    verdict: Verdict,
}

impl DiscrepancyCuration {
    pub fn location_of(&self, key: &str) -> Location {
        key_location(&self.path, &self.front, key)
    }
}

/// Reads content/discrepancies/*.md; two files about one discrepancy are an error.
pub fn load_discrepancy_curation(
    files: &ProjectFiles,
    dir: &Path,
) -> Result<Vec<DiscrepancyCuration>> {
    let verdicts = load_md_files(files, dir, |path, text| {
        let file: ParsedFile<DiscrepancyFront> = parse_curation_file(
            path,
            text,
            "discrepancy files take discrepancy = \"d-…\" (the id on the discrepancies page) and verdict = \"confirmed\" or \"dismissed\"",
        )?;
        Ok(DiscrepancyCuration {
            slug: file.slug,
            path: path.to_path_buf(),
            discrepancy: file.front.discrepancy,
            verdict: file.front.verdict,
            body: file.body,
            body_line: file.body_line,
            front: file.front_text,
        })
    })?;
    let mut errors = Vec::new();
    let mut seen: BTreeMap<&str, &DiscrepancyCuration> = BTreeMap::new();
    for verdict in &verdicts {
        if let Some(first) = seen.insert(&verdict.discrepancy, verdict) {
            errors.push(Error::input(
                verdict.location_of("discrepancy"),
                format!(
                    "discrepancy {:?} already has a verdict in {}",
                    verdict.discrepancy,
                    first.path.display()
                ),
                "keep one file per discrepancy",
            ));
        }
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(verdicts),
    }
}

/// content/themes/<slug>.md
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeCuration {
    pub slug: String,
    pub path: PathBuf,
    pub name: String,
    /// Words and phrases; a word ending in `*` matches as a prefix.
    pub cues: Vec<String>,
    pub body: String,
    pub body_line: usize,
    pub(crate) front: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFront {
    name: String,
    cues: Vec<String>,
}

impl ThemeCuration {
    pub fn location_of(&self, key: &str) -> Location {
        key_location(&self.path, &self.front, key)
    }
}

const THEME_HELP: &str =
    "theme files take name = \"…\" and cues = [\"word\", \"a phrase\", \"prefix*\"]";

/// Reads content/themes/*.md. A theme needs a name and at least one cue with a word in it.
pub fn load_theme_curation(files: &ProjectFiles, dir: &Path) -> Result<Vec<ThemeCuration>> {
    load_md_files(files, dir, |path, text| {
        let file: ParsedFile<ThemeFront> = parse_curation_file(path, text, THEME_HELP)?;
        let theme = ThemeCuration {
            slug: file.slug,
            path: path.to_path_buf(),
            name: file.front.name,
            cues: file.front.cues,
            body: file.body,
            body_line: file.body_line,
            front: file.front_text,
        };
        if theme.name.trim().is_empty() {
            return Err(Error::input(
                theme.location_of("name"),
                "the theme's name is empty",
                THEME_HELP,
            ));
        }
        if theme.cues.is_empty() {
            return Err(Error::input(
                theme.location_of("cues"),
                "the theme has no cues, so no passage can match it",
                THEME_HELP,
            ));
        }
        if let Some(bad) = theme
            .cues
            .iter()
            .find(|c| crate::text::cue::Cue::parse(c).is_none())
        {
            return Err(Error::input(
                theme.location_of("cues"),
                format!("the cue {bad:?} has no word in it"),
                "cues are words or phrases, such as \"sanctions\" or \"supreme court\"",
            ));
        }
        Ok(theme)
    })
}

/// A curation file's parts.
struct ParsedFile<F> {
    /// The file name without `.md`, checked as an id.
    slug: String,
    body: String,
    /// The file line where the body starts.
    body_line: usize,
    front_text: String,
    front: F,
}

fn parse_curation_file<F: serde::de::DeserializeOwned>(
    path: &Path,
    text: &str,
    help: &str,
) -> Result<ParsedFile<F>> {
    let file = split_front_matter(path, text)?;
    let front: F =
        toml::from_str(file.front).map_err(|e| toml_error(path, file.front, 2, &e, help))?;
    let slug = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    validate_id(&slug).map_err(|m| {
        Error::input(
            Location::file(path),
            m,
            "rename the file: its name is the id",
        )
    })?;
    Ok(ParsedFile {
        slug,
        body: file.body.to_string(),
        body_line: file.body_line,
        front_text: file.front.to_string(),
        front,
    })
}

/// Reads every `*.md` of `dir` as actor curation, reporting all problems together.
pub fn load_actor_curation(files: &ProjectFiles, dir: &Path) -> Result<Vec<ActorCuration>> {
    load_md_files(files, dir, |path, text| {
        let file: ParsedFile<ActorFront> = parse_curation_file(
            path,
            text,
            "actor files take name, kind (person, organisation, state, place, other), aliases, hidden and same-as",
        )?;
        Ok(ActorCuration {
            slug: file.slug,
            path: path.to_path_buf(),
            name: file.front.name,
            kind: file.front.kind,
            aliases: file.front.aliases,
            hidden: file.front.hidden,
            same_as: file.front.same_as,
            body: file.body,
            body_line: file.body_line,
            front: file.front_text,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    #[test]
    fn reads_every_field_and_the_summary() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "harbour-authority.md",
            "+++\nname = \"Harbour Authority\"\nkind = \"organisation\"\naliases = [\"the Authority\", \"NHA\"]\n+++\nRuns the port.\n",
        );
        let curation = load_actor_curation(
            &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
            tmp.path(),
        )
        .unwrap();
        assert_eq!(curation.len(), 1);
        let actor = &curation[0];
        assert_eq!(actor.slug, "harbour-authority");
        assert_eq!(actor.kind, Some(ActorKind::Organisation));
        assert_eq!(actor.aliases, ["the Authority", "NHA"]);
        assert_eq!(actor.body, "Runs the port.\n");
        assert_eq!(
            actor.location_of_alias("NHA").to_string(),
            format!("{}:4:29", actor.path.display())
        );
    }

    #[test]
    fn themes_need_a_name_and_cues_with_words() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "trade.md",
            "+++\nname = \"Trade\"\ncues = [\"trade\", \"tariff*\"]\n+++\nSummary.\n",
        );
        let themes = load_theme_curation(
            &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
            tmp.path(),
        )
        .unwrap();
        assert_eq!(themes[0].slug, "trade");
        assert_eq!(themes[0].cues, ["trade", "tariff*"]);
        assert_eq!(themes[0].body, "Summary.\n");

        write(
            tmp.path(),
            "empty.md",
            "+++\nname = \"E\"\ncues = []\n+++\n",
        );
        write(
            tmp.path(),
            "dashes.md",
            "+++\nname = \"D\"\n\ncues = [\"--\"]\n+++\n",
        );
        write(tmp.path(), "nameless.md", "+++\ncues = [\"x\"]\n+++\n");
        let err = load_theme_curation(
            &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
            tmp.path(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("empty.md:3:1: the theme has no cues"), "{err}");
        assert!(
            err.contains("dashes.md:4:1: the cue \"--\" has no word"),
            "{err}"
        );
        assert!(
            err.contains("nameless.md") && err.contains("missing field `name`"),
            "{err}"
        );
    }

    #[test]
    fn event_files_read_split_exclude_and_a_period() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "fair.md",
            "+++\ndate = \"2019\"\nend = \"2021\"\nsplit = [\"c-1\"]\nexclude = [\"c-2\", \"c-3\"]\n+++\n",
        );
        let files = crate::load::files::ProjectFiles::open(tmp.path()).unwrap();
        let events = load_event_curation(&files, tmp.path()).unwrap();
        assert_eq!(events[0].end, PartialDate::parse("2021"));
        assert_eq!((events[0].split.len(), events[0].exclude.len()), (1, 2));
        assert_eq!(
            events[0].location_of_item("exclude", "c-3").to_string(),
            format!("{}:5:20", events[0].path.display())
        );
        write(
            tmp.path(),
            "backwards.md",
            "+++\ndate = \"2019\"\nend = \"2019-05\"\n+++\n",
        );
        write(tmp.path(), "endless.md", "+++\n\nend = \"2019\"\n+++\n");
        let err = load_event_curation(&files, tmp.path())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("backwards.md:3:1: the event's end (2019-05) is not after"),
            "{err}"
        );
        assert!(
            err.contains("endless.md:3:1: the event has an end but no date"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_and_kinds_are_located_errors() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "a.md",
            "+++\nname = \"A\"\ncolour = \"red\"\n+++\n",
        );
        write(tmp.path(), "b.md", "+++\nkind = \"planet\"\n+++\n");
        let err = load_actor_curation(
            &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
            tmp.path(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("a.md:3:1: unknown field `colour`"), "{err}");
        assert!(err.contains("b.md:2:8"), "{err}");
    }
}
