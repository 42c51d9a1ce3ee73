//! What kind of actor a name stands for: every stage shares it, from the mention finder to
//! curation files, pages and the export.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organisation,
    State,
    Place,
    Other,
}

impl ActorKind {
    /// The word for one, as curation files and pages write it: "person", "organisation" …
    pub fn name(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::State => "state",
            ActorKind::Place => "place",
            ActorKind::Other => "other",
        }
    }

    /// The heading of a list of them: "People", "Organisations" …
    pub fn heading(self) -> &'static str {
        match self {
            ActorKind::Person => "People",
            ActorKind::Organisation => "Organisations",
            ActorKind::State => "States",
            ActorKind::Place => "Places",
            ActorKind::Other => "Other names",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_what_serde_writes() {
        for kind in [
            ActorKind::Person,
            ActorKind::Organisation,
            ActorKind::State,
            ActorKind::Place,
            ActorKind::Other,
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.name()));
        }
    }
}
