//! Stage 4, resolve: the project and its per-source analyses → `Briefing`, everything the
//! pages and the data export show. Actors, events and themes join here as they are built.

use crate::analyse::{Analysis, Claim};
use crate::config::Config;
use crate::project::{Document, LoadedSource, Project};

#[derive(Debug)]
pub struct Briefing {
    pub config: Config,
    /// Sources in id order, each with its analysis.
    pub sources: Vec<BriefedSource>,
    pub front_page: Option<Document>,
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
}

/// `analyses[i]` belongs to `project.sources[i]`.
pub fn resolve(project: Project, analyses: Vec<Analysis>) -> Briefing {
    let mut sources: Vec<BriefedSource> = project
        .sources
        .into_iter()
        .zip(analyses)
        .map(|(source, analysis)| BriefedSource { source, analysis })
        .collect();
    sources.sort_by(|a, b| a.source.meta.id.cmp(&b.source.meta.id));
    Briefing {
        config: project.config,
        sources,
        front_page: project.front_page,
    }
}
