// PLACEHOLDER with the agreed API; replaced by the real finder before landing.
use serde::Serialize;
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organisation,
    State,
    Place,
    Other,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    Name,
    Acronym,
    Demonym,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub name: String,
    pub kind: ActorKind,
    pub via: Via,
    pub role: Option<String>,
    pub evidence: &'static str,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AcronymDefinition {
    pub acronym: String,
    pub expansion: String,
}
pub fn find_mentions(_text: &str) -> Vec<Mention> {
    Vec::new()
}
pub fn find_acronym_definitions(_text: &str) -> Vec<AcronymDefinition> {
    Vec::new()
}
