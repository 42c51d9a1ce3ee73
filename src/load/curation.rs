//! Editor curation files in content/actors/ (and later events/, themes/): TOML front matter
//! that corrects what extraction found, and a markdown body with the editor's summary.

use crate::error::{toml_error, Error, Location, Result};
use crate::load::files::ProjectFiles;
use crate::load::frontmatter::{key_location, load_md_files, split_front_matter};
use crate::model::actor::ActorKind;
use crate::model::date::PartialDate;
use crate::model::ids::validate_id;
use serde::Deserialize;
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
    pub title: Option<String>,
    /// Claim ids or event titles whose events merge into this one.
    pub aliases: Vec<String>,
    pub hidden: bool,
    pub body: String,
    pub body_line: usize,
    front: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFront {
    date: Option<PartialDate>,
    title: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    hidden: bool,
}

impl EventCuration {
    pub fn location_of(&self, key: &str) -> Location {
        key_location(&self.path, &self.front, key)
    }
}

/// Reads content/events/*.md.
pub fn load_event_curation(files: &ProjectFiles, dir: &Path) -> Result<Vec<EventCuration>> {
    load_md_files(files, dir, |path, text| {
        let file: ParsedFile<EventFront> = parse_curation_file(
            path,
            text,
            "event files take date (YYYY, YYYY-MM or YYYY-MM-DD), title, aliases (claim ids or event titles) and hidden",
        )?;
        Ok(EventCuration {
            slug: file.slug,
            path: path.to_path_buf(),
            date: file.front.date,
            title: file.front.title,
            aliases: file.front.aliases,
            hidden: file.front.hidden,
            body: file.body,
            body_line: file.body_line,
            front: file.front_text,
        })
    })
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
