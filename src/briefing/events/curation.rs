//! content/events/*.md applied to the clusters.

use super::titles::auto_title;
use super::{claim_of, event_id, Candidate, Cluster, SourceInput};
use crate::error::Warning;
use crate::load::curation::EventCuration;
use std::collections::BTreeSet;

/// Applies content/events/*.md: merges the clusters each file names (by claim id, title or
/// id), then marks them curated; hidden ones are emptied. Returns warnings.
pub(super) fn apply_curation(
    clusters: &mut [(Option<usize>, Cluster)],
    candidates: &[Candidate],
    sources: &[SourceInput],
    curation: &[EventCuration],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (index, event) in curation.iter().enumerate() {
        let wanted: BTreeSet<&str> = event.aliases.iter().map(String::as_str).collect();
        let matches: Vec<usize> = clusters
            .iter()
            .enumerate()
            .filter(|(_, (_, c))| {
                let title = auto_title(c, candidates, sources);
                let id = c.date.map(|date| event_id(date, &title));
                wanted.contains(title.as_str())
                    || id.as_deref() == Some(event.slug.as_str())
                    || c.members
                        .iter()
                        .any(|&m| wanted.contains(claim_of(&candidates[m], sources).id.as_str()))
            })
            .map(|(k, _)| k)
            .collect();
        let Some((&first, rest)) = matches.split_first() else {
            warnings.push(Warning::new(
                event.location_of("aliases"),
                format!(
                    "event {:?} matches no dated claim; list claim ids in aliases",
                    event.slug
                ),
            ));
            continue;
        };
        for &k in rest {
            let moved = std::mem::take(&mut clusters[k].1);
            let target = &mut clusters[first].1;
            target.members.extend(moved.members);
            target.actors.extend(moved.actors);
            target.words.extend(moved.words);
        }
        clusters[first].0 = Some(index);
        if event.hidden {
            clusters[first].1.members.clear();
        }
    }
    warnings
}
