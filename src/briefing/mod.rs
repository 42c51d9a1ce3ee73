//! Stage 4, resolve: the project and its per-source analyses → `Briefing`, everything the
//! pages and the data export show.

pub mod actors;
pub mod citations;
pub mod claim_index;
pub mod events;
pub mod themes;

use crate::analyse::{Analysis, Claim};
use crate::error::{Error, Result, Warning};
use crate::load::config::Config;
use crate::load::project::Project;
use crate::model::source::{Document, LoadedSource};
use actors::{resolve_actors, Actors, SourceMentions};
use citations::{Citable, CitedText};
use claim_index::ClaimIndex;
use events::{
    apply_verdicts, check_claim_ids, resolve_read_events, Events, SourceInput, TextReading,
};
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::path::PathBuf;
use themes::{resolve_themes, Themes};

#[derive(Debug)]
pub struct Briefing {
    pub config: Config,
    /// Sources in id order, each with its analysis.
    pub sources: Vec<BriefedSource>,
    pub front_page: Option<Document>,
    pub actors: Actors,
    pub events: Events,
    pub themes: Themes,
    /// The actors, events and themes of each claim.
    pub links: ClaimIndex,
    /// Editor prose (front page, summaries) with checked citations, by file.
    pub prose: BTreeMap<PathBuf, CitedText>,
    /// Citations that re-anchored to a similar passage.
    pub citation_warnings: Vec<Warning>,
}

#[derive(Debug)]
pub struct BriefedSource {
    pub source: LoadedSource,
    pub analysis: Analysis,
}

impl Briefing {
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.sources.iter().flat_map(|s| s.analysis.claims.iter())
    }

    /// Problems the build can go on with, for the editor.
    pub fn warnings(&self) -> Vec<Warning> {
        self.actors
            .warnings
            .iter()
            .chain(&self.events.warnings)
            .chain(&self.citation_warnings)
            .cloned()
            .collect()
    }
}

/// `analyses[i]` and `readings[i]` (`events::read_text` of that analysis) belong to
/// `project.sources[i]`.
pub fn resolve(
    project: Project,
    analyses: Vec<Analysis>,
    readings: Vec<TextReading>,
) -> Result<Briefing> {
    let mut read: Vec<(BriefedSource, TextReading)> = project
        .sources
        .into_iter()
        .zip(analyses)
        .zip(readings)
        .map(|((source, analysis), reading)| (BriefedSource { source, analysis }, reading))
        .collect();
    read.sort_by(|a, b| a.0.source.meta.id.cmp(&b.0.source.meta.id));
    let (sources, readings): (Vec<BriefedSource>, Vec<TextReading>) = read.into_iter().unzip();
    let mentions: Vec<SourceMentions> = sources
        .iter()
        .map(|s| SourceMentions {
            id: &s.source.meta.id,
            analysis: &s.analysis,
        })
        .collect();
    let actors = resolve_actors(
        &mentions,
        &project.actor_curation,
        project.config.extract.min_mentions,
    )?;
    let inputs: Vec<SourceInput> = sources
        .iter()
        .map(|s| SourceInput {
            id: &s.source.meta.id,
            published: s.source.meta.published,
            analysis: &s.analysis,
        })
        .collect();
    let claim_ids: BTreeSet<&str> = sources
        .iter()
        .flat_map(|s| s.analysis.claims.iter().map(|c| c.id.as_str()))
        .collect();
    check_claim_ids(&project.event_curation, &claim_ids)?;
    let mut events = resolve_read_events(&inputs, &readings, &actors, &project.event_curation);
    apply_verdicts(&mut events, &project.discrepancy_curation)?;
    let mut links = ClaimIndex::new(&sources, &actors, &events);
    let themes = resolve_themes(
        sources.iter().flat_map(|s| s.analysis.claims.iter()),
        &project.theme_curation,
        &links,
    );
    links.add_themes(&themes);
    let (prose, citation_warnings) = check_citations(
        &project.front_page,
        &actors,
        &events,
        &themes,
        &sources,
        project.config.extract.reanchor_similarity,
    )?;
    Ok(Briefing {
        config: project.config,
        sources,
        front_page: project.front_page,
        actors,
        events,
        themes,
        links,
        prose,
        citation_warnings,
    })
}

/// Resolves the citations of every piece of editor prose; any error fails the build.
fn check_citations(
    front_page: &Option<Document>,
    actors: &Actors,
    events: &Events,
    themes: &Themes,
    sources: &[BriefedSource],
    minimum: f64,
) -> Result<(BTreeMap<PathBuf, CitedText>, Vec<Warning>)> {
    let citable: Vec<Citable> = sources
        .iter()
        .map(|s| Citable {
            id: &s.source.meta.id,
            body: &s.source.body,
            claims: &s.analysis.claims,
        })
        .collect();
    let documents = front_page
        .iter()
        .chain(actors.actors.iter().filter_map(|a| a.summary.as_ref()))
        .chain(events.events.iter().filter_map(|e| e.summary.as_ref()))
        .chain(events.rulings.values().filter_map(|r| r.note.as_ref()))
        .chain(themes.themes.iter().filter_map(|t| t.summary.as_ref()));
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut prose = BTreeMap::new();
    for document in documents {
        let cited = citations::resolve(document, &citable, minimum, &mut errors, &mut warnings);
        prose.insert(document.path.clone(), cited);
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok((prose, warnings)),
    }
}
