//! Mentions → actors, over the whole corpus. Each mention gets a key (its folded name, the
//! full name for a surname within its source, the expansion for a defined acronym); equal keys
//! are one actor. Then surnames are matched across sources, the editor's curation applies
//! (aliases, renames, kinds, hidden, same-as), and spelling variants are listed for the
//! editor. Every step is a pass over mentions or names with hash maps: near-linear.

use crate::analyse::mentions::{is_actor_evidence, Mention, Via, LEADERS_TENURE};
use crate::analyse::Analysis;
use crate::error::{Error, Result, Warning};
use crate::load::curation::ActorCuration;
use crate::model::actor::ActorKind;
use crate::model::ids::slugify;
use crate::text::gazetteer;
use crate::text::lexicon::things;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;

mod branches;
mod city_teams;
mod home_names;
mod initials;
mod national_bodies;
mod person_forms;

#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Other names the sources use for it, sorted.
    pub aliases: Vec<String>,
    /// Role words the sources attach ("Foreign Minister"), most frequent first.
    pub roles: Vec<String>,
    /// The editor's summary (markdown) and where it comes from.
    pub summary: Option<crate::model::source::Document>,
    pub mentions: usize,
    pub sources: Vec<String>,
    /// Claim ids in corpus order.
    pub claims: Vec<String>,
    pub curated: bool,
}

/// Two names that may be one actor: merged (and listed so the editor can check) or not.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct UncertainMerge {
    pub name: String,
    pub other: String,
    pub reason: &'static str,
    pub merged: bool,
}

#[derive(Debug, Default)]
pub struct Actors {
    /// Actors with enough evidence for a page, by id.
    pub actors: Vec<Actor>,
    /// Below the threshold, most mentioned first.
    pub candidates: Vec<Actor>,
    pub uncertain: Vec<UncertainMerge>,
    pub warnings: Vec<Warning>,
    /// By source id, per mention: the index of its actor in `actors`, if it has a page.
    mention_actors: BTreeMap<String, Vec<Option<usize>>>,
}

impl Actors {
    /// The actor (index into `actors`) that mention `mention` of source `source` names, if it
    /// has a page.
    pub fn of_mention(&self, source: &str, mention: usize) -> Option<usize> {
        self.mention_actors
            .get(source)
            .and_then(|actors| actors.get(mention).copied().flatten())
    }
}

/// One source's analysis, by id.
pub struct SourceMentions<'a> {
    pub id: &'a str,
    pub analysis: &'a Analysis,
}

/// A name as compared: lowercase, no accents, dashes as spaces, no dots or apostrophes,
/// no leading "the", one spelling for words spelled two ways ("Centre", "Mt").
pub fn fold(name: &str) -> String {
    let plain: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| {
            if matches!(c, '-' | '–' | '—' | '‐' | '‑' | '_') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !matches!(c, '.' | '\'' | '’' | '‘'))
        .collect();
    let words: Vec<Cow<str>> = plain
        .split_whitespace()
        .map(gazetteer::compared_spelling)
        .collect();
    let start = usize::from(words.len() > 1 && words[0] == "the");
    words[start..].join(" ")
}

/// Where one mention sits: source index and mention index.
type At = (usize, usize);

/// Mentions that share a key.
#[derive(Default)]
struct Group {
    occurrences: Vec<At>,
}

pub fn resolve_actors(
    sources: &[SourceMentions],
    curation: &[ActorCuration],
    min_mentions: usize,
) -> Result<Actors> {
    let mut uncertain = BTreeSet::new();
    let acronyms = acronym_expansions(sources);
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for (s, source) in sources.iter().enumerate() {
        for (m, key) in source_keys(source.analysis, &acronyms, &mut uncertain)
            .into_iter()
            .enumerate()
        {
            groups.entry(key).or_default().occurrences.push((s, m));
        }
    }
    let mention = |(s, m): At| &sources[s].analysis.mentions[m];
    let groups = fold_glued_s(groups, &mention, &mut uncertain);
    let groups = person_forms::fold_longer_person_names(groups, &mention, &mut uncertain);
    let groups = national_bodies::fold_bare_bodies(groups, &mention, &mut uncertain);
    let curated = CurationIndex::new(curation)?;
    // A name the editor gave to one file stays where the file puts it.
    let editor_placed = |from: &str, to: &str| {
        curated
            .by_name(from)
            .is_some_and(|c| curated.by_name(to).is_none_or(|d| d.slug != c.slug))
    };
    let (groups, home_named) =
        home_names::fold_home_names(groups, &mention, &editor_placed, &mut uncertain);
    let groups = initials::fold_initials(groups, &mention, &editor_placed, &mut uncertain);
    let groups =
        branches::fold_branch_names(groups, &mention, &acronyms, &editor_placed, &mut uncertain);
    let groups = city_teams::fold_acting_cities(groups, &home_named, &mention, &mut uncertain);
    let surname_targets = merge_surnames_across_sources(&groups, &mention, &mut uncertain);

    // Buckets: one per actor, keyed by its id (curated slug, or slug of the group's name).
    let mut buckets: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for key in groups.keys() {
        let root = surname_targets
            .get(key.as_str())
            .copied()
            .unwrap_or(key.as_str());
        let display = display_name(root, &groups[root], &mention);
        let id = curated
            .by_name(root)
            .or_else(|| curated.by_name(key))
            .or_else(|| curated.by_slug(&slugify(&display)))
            .map_or_else(|| slugify(&display), |c| c.slug.clone());
        // The group that names the actor goes first: its name is the actor's name.
        let bucket = buckets.entry(id).or_default();
        if key == root {
            bucket.insert(0, key.as_str());
        } else {
            bucket.push(key.as_str());
        }
    }
    let buckets = apply_same_as(buckets, curation)?;
    let buckets = merge_given_name_variants(buckets, &groups, &mention, &mut uncertain);
    let buckets = merge_company_names(
        buckets,
        &groups,
        &mention,
        (curation, &home_named),
        &mut uncertain,
    );

    let mut warnings = Vec::new();
    for c in curation
        .iter()
        .filter(|c| c.hidden && !buckets.contains_key(&c.slug))
    {
        warnings.push(Warning::new(
            c.location_of("hidden"),
            format!(
                "hidden actor {:?} matches nothing the sources mention; the file has no effect",
                c.slug
            ),
        ));
    }
    let things = thing_names(sources);
    let mut paged = Vec::new();
    let mut candidates = Vec::new();
    let mut members: Vec<Vec<&str>> = Vec::new();
    for (id, keys) in buckets {
        let curation = curation.iter().find(|c| c.slug == id);
        if curation.is_some_and(|c| c.hidden) || id.is_empty() {
            continue;
        }
        let occurrences: Vec<At> = keys
            .iter()
            .flat_map(|k| groups[*k].occurrences.iter().copied())
            .collect();
        if curation.is_none() && names_a_thing(&keys, &occurrences, &things, &mention) {
            continue;
        }
        let organisation = keys.iter().any(|k| home_named.contains(*k));
        let mut actor = build_actor(id, keys[0], &occurrences, curation, sources);
        let kind_curated = curation.is_some_and(|c| c.kind.is_some());
        if organisation
            && !kind_curated
            && matches!(actor.kind, ActorKind::Person | ActorKind::Other)
        {
            // Named with and without its home place: a team's or a company's name.
            actor.kind = ActorKind::Organisation;
            actor.roles.clear();
        }
        let named_in_full = occurrences.iter().any(|&at| is_named_in_full(mention(at)));
        // "the Harlan administration" names a person only through the one full name of
        // that surname the corpus has (`merge_surnames_across_sources`), never a page alone.
        let tenure_only = occurrences
            .iter()
            .all(|&at| mention(at).evidence == LEADERS_TENURE);
        if actor.curated || (!tenure_only && (actor.mentions >= min_mentions || named_in_full)) {
            paged.push(actor);
            members.push(keys);
        } else {
            candidates.push(actor);
        }
    }
    candidates.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.id.cmp(&b.id)));
    list_spelling_variants(&paged, &mut uncertain);
    list_name_variants(&paged, &mut uncertain);
    let uncertain = still_uncertain(uncertain, &paged, &curated);

    let mut mention_actors: Vec<Vec<Option<usize>>> = sources
        .iter()
        .map(|s| vec![None; s.analysis.mentions.len()])
        .collect();
    for (index, keys) in members.iter().enumerate() {
        for key in keys {
            for &(s, m) in &groups[*key].occurrences {
                mention_actors[s][m] = Some(index);
            }
        }
    }
    let mention_actors = sources
        .iter()
        .map(|s| s.id.to_string())
        .zip(mention_actors)
        .collect();
    Ok(Actors {
        actors: paged,
        candidates,
        uncertain,
        warnings,
        mention_actors,
    })
}

/// The names some source shows to be things' (products, indices, occasions), folded.
fn thing_names(sources: &[SourceMentions]) -> HashSet<String> {
    sources
        .iter()
        .flat_map(|source| source.analysis.things.iter().map(|name| fold(name)))
        .collect()
}

/// A name one source shows to be a thing's ("the Zephyr sedan") names the thing in every
/// source, unless a mention shows an actor (a head-word, a title, a speech verb). The name
/// that names the page decides.
fn names_a_thing<'g>(
    keys: &[&str],
    occurrences: &[At],
    things: &HashSet<String>,
    mention: &dyn Fn(At) -> &'g Mention,
) -> bool {
    keys.first().is_some_and(|key| things.contains(*key))
        && !occurrences
            .iter()
            .any(|&at| is_actor_evidence(mention(at).evidence))
}

/// Acronyms defined anywhere in the corpus, folded, with their folded expansion (first wins).
fn acronym_expansions(sources: &[SourceMentions]) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for source in sources {
        for definition in &source.analysis.acronyms {
            map.entry(fold(&definition.acronym))
                .or_insert_with(|| fold(&definition.expansion));
        }
    }
    map
}

/// The key of each mention of one source. A lone surname takes the full name of the one
/// person with that surname earlier or later in the same source, and a lone given name that
/// is no one's surname there the full name of the one person with that given name ("Regina"
/// beside "Regina Lasko"); with several, it stays alone and the ambiguity is listed.
fn source_keys(
    analysis: &Analysis,
    acronyms: &HashMap<String, String>,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> Vec<String> {
    // Each full name's folded key by its family name and by its given name, with the name as
    // written first, for the editor.
    let mut full_names: HashMap<String, BTreeMap<String, String>> = HashMap::new();
    let mut given_names: HashMap<String, BTreeMap<String, String>> = HashMap::new();
    for mention in analysis
        .mentions
        .iter()
        .filter(|m| m.kind == ActorKind::Person)
    {
        let key = mention_key(mention);
        let (Some((given, _)), Some((_, last))) = (key.split_once(' '), key.rsplit_once(' '))
        else {
            continue;
        };
        for (by, word) in [(&mut full_names, last), (&mut given_names, given)] {
            by.entry(word.to_string())
                .or_default()
                .entry(key.clone())
                .or_insert_with(|| mention.name.clone());
        }
    }
    analysis
        .mentions
        .iter()
        .map(|mention| {
            let key = mention_key(mention);
            if let Some(expansion) = acronyms.get(&key).filter(|_| mention.via != Via::Demonym) {
                return expansion.clone();
            }
            if key.contains(' ') || !may_be_a_surname(mention) {
                return key;
            }
            // A family name first; a lone given name ("Regina" beside "Regina Lasko") only
            // when no one in the source has it as a family name, and when the gazetteer knows
            // it or the full names are of two words (not a place and a title run into a
            // name: "Tessin City Clerk Jana Lind").
            let (names, reason) = match full_names.get(&key) {
                Some(names) => (names, "surname shared by several people in one source"),
                None => match given_names.get(&key).filter(|names| {
                    gazetteer::is_given_name(&mention.name)
                        || names.keys().all(|full| full.split(' ').count() == 2)
                }) {
                    Some(names) => (names, "given name shared by several people in one source"),
                    None => return key,
                },
            };
            match names.iter().collect::<Vec<_>>().as_slice() {
                [(full, _)] => (*full).clone(),
                several => {
                    uncertain.insert(UncertainMerge {
                        name: mention.name.clone(),
                        other: several
                            .iter()
                            .map(|(_, written)| written.as_str())
                            .collect::<Vec<_>>()
                            .join(" / "),
                        reason,
                        merged: false,
                    });
                    key
                }
            }
        })
        .collect()
}

/// A mention's folded name; a country's body by country and body ("Varnian Supreme Court"
/// is "varnia supreme court"); a person's without a generation suffix ("Jana Novak Jr." is
/// "jana novak", whose surname is "novak").
fn mention_key(mention: &Mention) -> String {
    // Whatever its kind, so that one body typed two ways keeps one key.
    if mention.kind != ActorKind::Person {
        if let Some(body) = national_bodies::national_body(&mention.name) {
            return body.key();
        }
    }
    let key = fold(&mention.name);
    if mention.kind != ActorKind::Person {
        return key;
    }
    let generation = ["jr", "sr", "ii", "iii", "iv"];
    match key.rsplit_once(' ') {
        Some((name, last)) if name.contains(' ') && generation.contains(&last) => name.to_string(),
        _ => key,
    }
}

/// A one-word mention typed a person, not typed, or a place only because a state follows
/// it ("Novak, Russia's envoy" reads like "Salem, Oregon"): a full name in the same source
/// says better what it is.
fn may_be_a_surname(mention: &Mention) -> bool {
    matches!(mention.kind, ActorKind::Person | ActorKind::Other)
        || mention.evidence == "context: followed by a state or region"
}

/// The keys of the groups that are people named with more than one word.
fn full_names_of_people<'a, 'g>(
    groups: &'a BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
) -> Vec<&'a str> {
    groups
        .iter()
        .filter(|(key, group)| key.contains(' ') && vote_kind(group, mention) == ActorKind::Person)
        .map(|(key, _)| key.as_str())
        .collect()
}

/// Moves the occurrences of the group under `from` into the group under `to`.
fn move_group(groups: &mut BTreeMap<String, Group>, from: &str, to: String) {
    if let Some(group) = groups.remove(from) {
        groups
            .entry(to)
            .or_default()
            .occurrences
            .extend(group.occurrences);
    }
}

/// Moves the group under `from` into the one under `to` when both are still there, and lists
/// the merge for the editor with its reason. Returns whether it merged.
fn merge_listed<'g>(
    groups: &mut BTreeMap<String, Group>,
    (from, to): (String, String),
    reason: &'static str,
    mention: &dyn Fn(At) -> &'g Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> bool {
    if !groups.contains_key(&from) || !groups.contains_key(&to) {
        return false;
    }
    uncertain.insert(UncertainMerge {
        name: display_name(&from, &groups[&from], mention),
        other: display_name(&to, &groups[&to], mention),
        reason,
        merged: true,
    });
    move_group(groups, &from, to);
    true
}

/// "Jana Novaks" or "Novaks" (a plural or a possessive whose apostrophe was lost, glued to a
/// known name) joins the person the corpus names without the "s" (for one word, the one
/// person with that surname; for a full name the corpus names only by its family name,
/// "Novak", the full name without the "s"), and is listed for the editor. Only when that person is named at
/// least as often and no person's surname is the word with its "s": a surname that really
/// ends in "s" is the usual spelling of its own name.
fn fold_glued_s<'g>(
    mut groups: BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Group> {
    let people = full_names_of_people(&groups, mention);
    let surname_of = |word: &str| -> Vec<&str> {
        people
            .iter()
            .copied()
            .filter(|key| key.rsplit(' ').next() == Some(word))
            .collect()
    };
    let lone_person = |word: &str| {
        groups
            .get(word)
            .filter(|g| matches!(vote_kind(g, mention), ActorKind::Person | ActorKind::Other))
    };
    let glued: Vec<(String, String)> = groups
        .iter()
        .filter_map(|(key, group)| {
            let base = key.strip_suffix('s')?;
            // The person as the corpus names them: a full name, or for a full name the
            // corpus has only without it, that family name alone ("Jana Novaks" beside
            // "Novak"), which then joins the full name as any surname does.
            let (target, person) = if base.contains(' ') {
                match people.iter().copied().find(|person| *person == base) {
                    Some(full) => (full, groups.get(full)?),
                    None => {
                        let (_, family) = base.rsplit_once(' ')?;
                        let glued_family = key.rsplit(' ').next()?;
                        (surname_of(glued_family).len() == 1
                            && lone_person(glued_family).is_none())
                        .then_some(())?;
                        (base, lone_person(family)?)
                    }
                }
            } else if surname_of(key).is_empty() {
                match surname_of(base).as_slice() {
                    [one] => (*one, groups.get(*one)?),
                    _ => return None,
                }
            } else {
                return None;
            };
            (person.occurrences.len() >= group.occurrences.len()).then_some(())?;
            let written = |g: &Group| g.occurrences.first().map(|&at| mention(at).name.clone());
            uncertain.insert(UncertainMerge {
                name: written(group)?,
                other: written(person)?,
                reason: "a name with a glued \"s\"",
                merged: true,
            });
            Some((key.clone(), target.to_string()))
        })
        .collect();
    for (key, base) in glued {
        move_group(&mut groups, &key, base);
    }
    groups
}

/// Surname-only groups matched to the one full-name person group with that last word in the
/// whole corpus, or to the most named of several that are one person's forms
/// (`one_persons_forms`), the longest (the full form of the given name): merged, and listed
/// for the editor to check.
fn merge_surnames_across_sources<'g>(
    groups: &'g BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> HashMap<&'g str, &'g str> {
    let mut by_surname: HashMap<&str, Vec<&str>> = HashMap::new();
    for (key, group) in groups {
        if key.contains(' ') && vote_kind(group, mention) == ActorKind::Person {
            by_surname
                .entry(key.rsplit(' ').next().unwrap_or_default())
                .or_default()
                .push(key);
        }
    }
    let mut targets = HashMap::new();
    for (key, group) in groups {
        if key.contains(' ')
            || !matches!(
                vote_kind(group, mention),
                ActorKind::Person | ActorKind::Other
            )
        {
            continue;
        }
        let Some(full) = by_surname.get(key.as_str()) else {
            continue;
        };
        let name = display_name(key, group, mention);
        let other = full
            .iter()
            .map(|f| display_name(f, &groups[*f], mention))
            .collect::<Vec<_>>()
            .join(" / ");
        let target = one_persons_forms(full).then(|| {
            full.iter().max_by_key(|f| {
                (
                    f.len(),
                    groups[**f].occurrences.len(),
                    std::cmp::Reverse(**f),
                )
            })
        });
        let merged = target.is_some();
        if let Some(Some(target)) = target {
            targets.insert(key.as_str(), *target);
        }
        let reason = if merged {
            "surname matched to a full name in another source"
        } else {
            "surname of several people"
        };
        uncertain.insert(UncertainMerge {
            name,
            other,
            reason,
            merged,
        });
    }
    targets
}

/// Whether full names with one family name are one person's: a single name, or names of as
/// many words whose given names are each a short form of the others or spelled alike ("Mo
/// Cheeks", "Maurice Cheeks"), as `merge_given_name_variants` joins them.
fn one_persons_forms(full: &[&str]) -> bool {
    let given = |key: &str| key.split(' ').next().unwrap_or_default().to_string();
    let words = |key: &str| key.split(' ').count();
    full.iter().all(|a| {
        full.iter().all(|b| {
            a == b
                || words(a) == words(b)
                    && (gazetteer::is_short_form_pair(&given(a), &given(b))
                        || spelled_alike(&given(a), &given(b)))
        })
    })
}

/// Curation looked up by slug and by folded name or alias.
struct CurationIndex<'c> {
    by_slug: HashMap<&'c str, &'c ActorCuration>,
    by_name: HashMap<String, &'c ActorCuration>,
}

impl<'c> CurationIndex<'c> {
    /// Fails when two files claim the same name or alias.
    fn new(curation: &'c [ActorCuration]) -> Result<Self> {
        let mut by_name: HashMap<String, &ActorCuration> = HashMap::new();
        let mut errors = Vec::new();
        for c in curation {
            for alias in c.name.iter().chain(&c.aliases) {
                // A country's body is keyed by country and body, whichever way it is written.
                if let Some(body) = national_bodies::national_body(alias) {
                    by_name.entry(body.key()).or_insert(c);
                }
                match by_name.insert(fold(alias), c) {
                    Some(other) if other.slug != c.slug => errors.push(Error::input(
                        c.location_of_alias(alias),
                        format!("{alias:?} is claimed by two actors: {:?} and {:?}", other.slug, c.slug),
                        format!("keep the alias in one file; to merge the two actors, set same-as = \"{}\" in one of them", other.slug),
                    )),
                    _ => {}
                }
            }
        }
        match Error::from_list(errors) {
            Some(error) => Err(error),
            None => Ok(CurationIndex {
                by_slug: curation.iter().map(|c| (c.slug.as_str(), c)).collect(),
                by_name,
            }),
        }
    }

    fn by_slug(&self, slug: &str) -> Option<&'c ActorCuration> {
        self.by_slug.get(slug).copied()
    }

    fn by_name(&self, folded: &str) -> Option<&'c ActorCuration> {
        self.by_name.get(folded).copied()
    }
}

/// Moves each `same-as` actor's names into its target; the target must exist.
fn apply_same_as<'k>(
    mut buckets: BTreeMap<String, Vec<&'k str>>,
    curation: &[ActorCuration],
) -> Result<BTreeMap<String, Vec<&'k str>>> {
    let mut errors = Vec::new();
    for c in curation {
        let Some(target) = &c.same_as else { continue };
        let mut end = target.as_str();
        // Follow chains (a → b → c) a few steps; longer ones are cycles.
        for _ in 0..8 {
            match curation
                .iter()
                .find(|o| o.slug == end)
                .and_then(|o| o.same_as.as_deref())
            {
                Some(next) => end = next,
                None => break,
            }
        }
        let end = end.to_string();
        if end == c.slug || !buckets.contains_key(&end) && !curation.iter().any(|o| o.slug == end) {
            errors.push(Error::input(
                c.location_of("same-as"),
                format!("same-as = {target:?} points at no actor"),
                "use the id of an actor page (its file name under actors/), as `sourcebook actors` lists them",
            ));
            continue;
        }
        let moved = buckets.remove(&c.slug).unwrap_or_default();
        buckets.entry(end).or_default().extend(moved);
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(buckets),
    }
}

/// Builds the actor of `occurrences`; its name comes from the mentions whose key is `primary`.
fn build_actor(
    id: String,
    primary: &str,
    occurrences: &[At],
    curation: Option<&ActorCuration>,
    sources: &[SourceMentions],
) -> Actor {
    let mention = |(s, m): At| &sources[s].analysis.mentions[m];
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    let mut kinds: BTreeMap<ActorKind, usize> = BTreeMap::new();
    let mut roles: BTreeMap<String, (&str, usize)> = BTreeMap::new();
    let mut source_ids = BTreeSet::new();
    let mut claims = Vec::new();
    for &at in occurrences {
        let m = mention(at);
        *names.entry(m.name.as_str()).or_default() += 1;
        *kinds.entry(m.kind).or_default() += evidence_weight(m.evidence);
        if let Some(role) = &m.role {
            // "Foreign Minister" and "foreign minister" are one role, shown as first written.
            let entry = roles
                .entry(role.to_lowercase())
                .or_insert((role.as_str(), 0));
            entry.1 += 1;
        }
        source_ids.insert(sources[at.0].id.to_string());
        let analysis = sources[at.0].analysis;
        if let Some(claim) = analysis.claim_at(m.start) {
            claims.push((at.0, claim));
        }
    }
    claims.sort();
    claims.dedup();
    let primary_names: BTreeMap<&str, usize> = names
        .iter()
        .filter(|(n, _)| fold(n) == primary)
        .map(|(n, c)| (*n, *c))
        .collect();
    let extracted_name = most_frequent(&primary_names)
        .map(str::to_string)
        .or_else(|| without_glued_s(&names, primary))
        .or_else(|| most_frequent(&names).map(str::to_string))
        .unwrap_or_else(|| id.clone());
    let extracted_name = specific_name(&extracted_name, &names).unwrap_or(extracted_name);
    let name = curation
        .and_then(|c| c.name.clone())
        .unwrap_or(extracted_name);
    let mut aliases: BTreeSet<String> = names.keys().map(|n| n.to_string()).collect();
    aliases.extend(
        occurrences
            .iter()
            .map(|&at| mention(at))
            .filter(|m| m.via == Via::Demonym || !is_part_of_its_name(&m.text, &m.name))
            .map(|m| m.text.clone()),
    );
    if let Some(c) = curation {
        aliases.extend(c.aliases.iter().cloned());
    }
    aliases.remove(&name);
    // A law or a treaty is named by what it is, whatever the words around it suggest.
    let kind = curation.and_then(|c| c.kind).unwrap_or_else(|| {
        if things::names_a_text(&name) {
            ActorKind::Other
        } else {
            kind_vote(&kinds)
        }
    });
    Actor {
        kind,
        aliases: aliases.into_iter().collect(),
        roles: if kind == ActorKind::Person {
            fullest_roles(by_frequency(&roles.into_values().collect()))
        } else {
            // A role names what one person does; on a group it came from a neighbour.
            Vec::new()
        },
        summary: curation
            .and_then(|c| crate::model::source::Document::summary(&c.path, &c.body, c.body_line)),
        mentions: occurrences.len(),
        sources: source_ids.into_iter().collect(),
        claims: claims
            .iter()
            .map(|&(s, c)| sources[s].analysis.claims[c].id.clone())
            .collect(),
        curated: curation.is_some(),
        id,
        name,
    }
}

/// "Supreme Court of Varnia" for a body whose most used name, "Supreme Court", is all everyday
/// words: the longest of its names with all those words and a word that names (a known
/// place or people, or a word no dictionary has); ties go to the most used.
fn specific_name(name: &str, names: &BTreeMap<&str, usize>) -> Option<String> {
    let words = |n: &str| -> Vec<String> { n.split_whitespace().map(str::to_lowercase).collect() };
    let everyday = |w: &str| gazetteer::lookup(w).is_none() && gazetteer::is_english_word(w);
    let generic = words(name);
    if !generic.iter().all(|w| everyday(w)) {
        return None;
    }
    names
        .iter()
        .filter(|(other, _)| {
            let other = words(other);
            generic.iter().all(|w| other.contains(w)) && other.iter().any(|w| !everyday(w))
        })
        .max_by(|(a, ca), (b, cb)| {
            let chars = |n: &str| n.chars().count();
            chars(a).cmp(&chars(b)).then(ca.cmp(cb)).then(b.cmp(a))
        })
        .map(|(other, _)| other.to_string())
}

/// A mention's text that is only a piece of its name, not a name of its own: "Foreign" of "the
/// Foreign and Justice Ministries" (named "Foreign Ministry", or "Varnia's Foreign Ministry"
/// after "Varnia's"), a run of the name's words short of its last; and "Justice Ministries"
/// there, its head-word in the plural (named "Justice Ministry").
fn is_part_of_its_name(text: &str, name: &str) -> bool {
    let text: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let name: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let piece = !text.is_empty()
        && text.len() < name.len()
        && text.last() != name.last()
        && name.windows(text.len()).any(|run| run == text.as_slice());
    let plural_head = match (text.split_last(), name.split_last()) {
        (Some((plural, rest)), Some((head, name_rest))) => {
            rest == name_rest && plural != head && is_plural_of(plural, head)
        }
        _ => false,
    };
    piece || plural_head
}

/// "ministries" of "ministry", "courts" of "court", "branches" of "branch".
fn is_plural_of(plural: &str, singular: &str) -> bool {
    let y_stem = singular.strip_suffix('y').map(|stem| format!("{stem}ies"));
    plural.strip_suffix('s') == Some(singular)
        || plural.strip_suffix("es") == Some(singular)
        || y_stem.as_deref() == Some(plural)
}

/// The name of a group: its most frequent name that folds to its key (a surname or acronym
/// group keyed by a full name is named by the full name); ties go to the longest.
fn display_name<'g>(key: &str, group: &Group, mention: &dyn Fn(At) -> &'g Mention) -> String {
    let mut all: BTreeMap<&str, usize> = BTreeMap::new();
    for &at in &group.occurrences {
        *all.entry(mention(at).name.as_str()).or_default() += 1;
    }
    let exact: BTreeMap<&str, usize> = all
        .iter()
        .filter(|(n, _)| fold(n) == key)
        .map(|(n, c)| (*n, *c))
        .collect();
    let name = most_frequent(&exact)
        .map(str::to_string)
        .or_else(|| without_glued_s(&all, key))
        .or_else(|| most_frequent(&all).map(str::to_string))
        .unwrap_or_default();
    specific_name(&name, &all).unwrap_or(name)
}

/// A name written with a glued "s" that the key drops ("Jana Novaks" for "jana novak",
/// `fold_glued_s`), written without it.
fn without_glued_s(names: &BTreeMap<&str, usize>, key: &str) -> Option<String> {
    let glued: BTreeMap<&str, usize> = names
        .iter()
        .filter(|(n, _)| fold(n).strip_suffix('s') == Some(key))
        .map(|(n, c)| (*n, *c))
        .collect();
    most_frequent(&glued)
        .and_then(|n| n.strip_suffix('s'))
        .map(str::to_string)
}

fn most_frequent<'a>(counts: &BTreeMap<&'a str, usize>) -> Option<&'a str> {
    counts
        .iter()
        .max_by(|(a, ca), (b, cb)| ca.cmp(cb).then(a.len().cmp(&b.len())).then(b.cmp(a)))
        .map(|(name, _)| *name)
}

fn by_frequency(counts: &BTreeMap<&str, usize>) -> Vec<String> {
    let mut sorted: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    sorted.into_iter().map(|(k, _)| k.to_string()).collect()
}

fn vote_kind<'g>(group: &Group, mention: &dyn Fn(At) -> &'g Mention) -> ActorKind {
    let mut kinds: BTreeMap<ActorKind, usize> = BTreeMap::new();
    for &at in &group.occurrences {
        let mention = mention(at);
        *kinds.entry(mention.kind).or_default() += evidence_weight(mention.evidence);
    }
    kind_vote(&kinds)
}

/// How much a mention's kind counts in its actor's vote: what the words say (a head-word, a
/// title or role, the gazetteer, "shares of") outweighs what a name looks like, so a firm
/// named after its founder is not outvoted by the bare surname; and the shape of a name alone
/// ("Tarn Mount Orvel" in a title-case heading, read as a person's) counts least of all.
///
/// A city that acts counts for nothing (its kind still stands when nothing else is seen): it
/// is the gazetteer's reading of a word the text uses for someone else, so a team or a person
/// it joined keeps the kind its own names give.
fn evidence_weight(evidence: &str) -> usize {
    if evidence == crate::analyse::mentions::CITY_AS_AGENT {
        0
    } else if is_decisive(evidence) {
        6
    } else if evidence == "name shape" {
        1
    } else {
        2
    }
}

/// Evidence from the words around or inside a name that settles its kind.
fn is_decisive(evidence: &str) -> bool {
    const DECISIVE: &[&str] = &[
        "org head-word",
        "gazetteer",
        "title",
        "context: shares of",
        "context: organisation noun",
        // As strong as its organisation twin: "a Tessby town" weighs what "a Tessby
        // supermarket" does, so the two do not tie with the body winning.
        "context: place noun",
        "short for a company's name",
        "acronym: defined in text",
        "branch",
        "context: role",
        // A capitalised "The" inside a sentence opens a title or a body's name, never a
        // person's ("The Marlow Courier", not "Marlow Courier" read as a given name).
        "name with \"The\"",
        "place head-word",
    ];
    DECISIVE.iter().any(|prefix| evidence.starts_with(prefix))
}

/// The most frequent kind other than `Other`; `Other` only when nothing else was seen.
fn kind_vote(kinds: &BTreeMap<ActorKind, usize>) -> ActorKind {
    kinds
        .iter()
        .filter(|(k, _)| **k != ActorKind::Other)
        .max_by(|(ka, a), (kb, b)| a.cmp(b).then(kb.cmp(ka)))
        .map_or(ActorKind::Other, |(k, _)| *k)
}

/// A mention that is enough for a page on its own: a person's full name with a role or a
/// title ("Chief Executive Jane Doe", "Mr Owen Farrow"), or an organisation's or a place's
/// name with its head-word or a noun in apposition ("the carmaker Halvor Motor Works") and a
/// word of its own ("Halvor Shipping Group", "Tessin Airport"). One such mention is better evidence than two of a bare word;
/// a name of everyday words only ("Foreign Ministry", "Economic Forum") may be a fragment
/// or an office of any state, so it needs the usual count.
fn is_named_in_full(mention: &Mention) -> bool {
    let mut words = mention.name.split_whitespace();
    match mention.kind {
        ActorKind::Person => {
            let titled = mention.role.is_some() || mention.evidence.starts_with("title:");
            titled && words.count() >= 2
        }
        ActorKind::Organisation | ActorKind::Place => {
            let headed = [
                "org head-word",
                "place head-word",
                "context: at a venue",
                "context: organisation noun",
            ]
            .iter()
            .any(|prefix| mention.evidence.starts_with(prefix));
            headed
                && mention.name.contains(' ')
                && words.any(|w| !gazetteer::is_english_word(w) && !is_connector_word(w))
        }
        _ => false,
    }
}

/// Lowercase words that join the words of a name ("of", "and", "the").
fn is_connector_word(word: &str) -> bool {
    word.chars().all(char::is_lowercase)
}

/// The uncertain merges still open. A pair is settled when the editor's curation claims the
/// name (as a name or alias, or as the file of its own page, which `same-as` may have moved
/// elsewhere), or when its names all ended on one page that the editor curates or that the
/// resolver did not merge itself (so something else did); the resolver's own merges stay
/// listed for checking until the editor has. A pair is listed once, whichever pass found it,
/// in whichever order and case.
fn still_uncertain(
    uncertain: BTreeSet<UncertainMerge>,
    actors: &[Actor],
    curated: &CurationIndex,
) -> Vec<UncertainMerge> {
    let mut page_of: HashMap<String, &Actor> = HashMap::new();
    for actor in actors {
        for name in std::iter::once(&actor.name).chain(&actor.aliases) {
            page_of.entry(fold(name)).or_insert(actor);
        }
    }
    let mut listed = HashSet::new();
    uncertain
        .into_iter()
        .filter(|u| {
            let name = fold(&u.name);
            if curated.by_name(&name).is_some() || curated.by_slug(&slugify(&u.name)).is_some() {
                return false;
            }
            let Some(page) = page_of.get(&name) else {
                return true;
            };
            let one_page = u
                .other
                .split(" / ")
                .all(|other| page_of.get(&fold(other)).is_some_and(|p| p.id == page.id));
            !(one_page && (page.curated || !u.merged))
        })
        .filter(|u| {
            let mut pair = [fold(&u.name), fold(&u.other)];
            pair.sort();
            listed.insert(pair)
        })
        .collect()
}

/// People with one family name whose given names may be one name's forms ("Tom Smith",
/// "Thomas Smith": same initial), and names that differ only by a compass adjective's form
/// ("South Harbour", "Southern Harbour"): listed for the editor, never merged, since the
/// corpus alone cannot tell a nickname from a relative or a region from a state.
fn list_name_variants(actors: &[Actor], uncertain: &mut BTreeSet<UncertainMerge>) {
    let mut by_form: BTreeMap<String, Vec<&Actor>> = BTreeMap::new();
    for actor in actors {
        let key = fold(&actor.name);
        let words: Vec<&str> = key.split(' ').collect();
        let form = match (actor.kind, words.as_slice()) {
            (ActorKind::Person, _) => {
                let Some(form) = given_name_form(&key) else {
                    continue;
                };
                format!("person {form}")
            }
            (_, [first, rest @ ..]) if !rest.is_empty() => {
                let Some(compass) = compass_word(first) else {
                    continue;
                };
                format!("compass {compass} {}", rest.join(" "))
            }
            _ => continue,
        };
        by_form.entry(form).or_default().push(actor);
    }
    for group in by_form.values() {
        for (i, actor) in group.iter().enumerate() {
            for other in &group[i + 1..] {
                let reason = if actor.kind == ActorKind::Person {
                    "given-name variant"
                } else {
                    "compass-word variant"
                };
                uncertain.insert(UncertainMerge {
                    name: actor.name.clone(),
                    other: other.name.clone(),
                    reason,
                    merged: false,
                });
            }
        }
    }
}

/// What one bucket of keys says about a person: its name, how often it is named, its roles in
/// lowercase and the sources that name it.
struct PersonSketch {
    name: String,
    mentions: usize,
    roles: BTreeSet<String>,
    sources: BTreeSet<usize>,
}

/// The fewest leading letters two given names share to be one name spelled two ways
/// ("Bettina", "Bettine").
const SHARED_GIVEN_LETTERS: usize = 4;

/// Joins a person's buckets whose names share the family name and the number of words when
/// the given names share their initial and the sources give them a role in common ("Tomas
/// Smith", "Teo Smith", both "coach"); when one given name is a common short form of the
/// other ("Tom", "Thomas") and their roles, if both have any, meet; or when the given names
/// begin alike ("Bettina Lind", "Bettine Lind") and no source names both (a source that
/// names both tells two people apart; across sources it is one name spelled two ways).
/// Listed as merged; other variants are only listed (`list_name_variants`).
fn merge_given_name_variants<'k>(
    mut buckets: BTreeMap<String, Vec<&'k str>>,
    groups: &'k BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'k Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Vec<&'k str>> {
    let mut sketches: BTreeMap<&String, PersonSketch> = BTreeMap::new();
    // Each form of a name any key of a person's bucket has, with that key's given name.
    let mut by_form: BTreeMap<String, BTreeMap<&String, &str>> = BTreeMap::new();
    for (id, keys) in &buckets {
        let occurrences: Vec<At> = keys
            .iter()
            .flat_map(|k| groups[*k].occurrences.iter().copied())
            .collect();
        let group = Group { occurrences };
        if given_name_form(keys[0]).is_none() || vote_kind(&group, mention) != ActorKind::Person {
            continue;
        }
        for key in keys {
            let words: Vec<&str> = key.split(' ').collect();
            if let [given, .., family] = words.as_slice() {
                let form = format!("{family} {}", words.len());
                by_form.entry(form).or_default().entry(id).or_insert(given);
            }
        }
        sketches.insert(
            id,
            PersonSketch {
                name: display_name(keys[0], &groups[keys[0]], mention),
                mentions: group.occurrences.len(),
                roles: group
                    .occurrences
                    .iter()
                    .filter_map(|&at| mention(at).role.as_deref())
                    .map(str::to_lowercase)
                    .collect(),
                sources: group.occurrences.iter().map(|&(s, _)| s).collect(),
            },
        );
    }
    let mut moves: BTreeMap<String, String> = BTreeMap::new();
    for people in by_form.into_values().filter(|p| p.len() > 1) {
        let mut people: Vec<(&String, &str, &PersonSketch)> = people
            .into_iter()
            .map(|(id, given)| (id, given, &sketches[id]))
            .collect();
        // The most named, then the longest name, keeps the page.
        people.sort_by(|(_, _, a), (_, _, b)| {
            b.mentions
                .cmp(&a.mentions)
                .then(b.name.len().cmp(&a.name.len()))
                .then(a.name.cmp(&b.name))
        });
        let (target, target_given, kept) = people[0];
        for &(id, given, other) in &people[1..] {
            let same_initial = target_given.chars().next() == given.chars().next();
            let roles_meet = shares_a_role(&kept.roles, &other.roles);
            let reason = if same_initial && roles_meet {
                "given-name variant with the same role"
            } else if gazetteer::is_short_form_pair(target_given, given)
                && (roles_meet || kept.roles.is_empty() || other.roles.is_empty())
            {
                "a given name and its short form"
            } else if spelled_alike(target_given, given) && kept.sources.is_disjoint(&other.sources)
            {
                "given name spelled two ways in different sources"
            } else {
                continue;
            };
            // One step per name: a page that moved, or that gained one, moves no further.
            if moves.contains_key(id)
                || moves.contains_key(target)
                || moves.values().any(|t| t == id)
            {
                continue;
            }
            moves.insert(id.clone(), target.clone());
            uncertain.insert(UncertainMerge {
                name: other.name.clone(),
                other: kept.name.clone(),
                reason,
                merged: true,
            });
        }
    }
    for (from, to) in moves {
        let moved = buckets.remove(&from).unwrap_or_default();
        buckets.entry(to).or_default().extend(moved);
    }
    buckets
}

/// Two given names that begin with the same `SHARED_GIVEN_LETTERS` letters or more.
fn spelled_alike(a: &str, b: &str) -> bool {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= SHARED_GIVEN_LETTERS
}

/// Joins the forms of one company's name ("Acme", "Acme Inc.", "Acme Motor Company", "Acme
/// Motors Co."): organisations whose names are one after their legal form ("Inc", "Group")
/// is dropped and a final plural made singular; and, when the corpus uses the first word
/// alone as an organisation's name, those whose other words are all a company's ("Motor",
/// "Airlines"), or whose last word only says what kind of body it is ("Varn Bank", "Tessin
/// Recovery Center"). The most named, then the longest, keeps the page; listed as merged.
/// Curated pages are the editor's; a page named with and without its home place (`home_named`)
/// is an organisation's.
fn merge_company_names<'k>(
    mut buckets: BTreeMap<String, Vec<&'k str>>,
    groups: &'k BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'k Mention,
    (curation, home_named): (&[ActorCuration], &BTreeSet<String>),
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Vec<&'k str>> {
    // Each name of an organisation's page, folded: its page's mentions, id, kind and key.
    let mut companies: BTreeMap<String, (usize, String, ActorKind, &str)> = BTreeMap::new();
    for (id, keys) in &buckets {
        let occurrences: Vec<At> = keys
            .iter()
            .flat_map(|k| groups[*k].occurrences.iter().copied())
            .collect();
        // A name used with and without its home place is an organisation's, as its page says.
        let kind = if keys.iter().any(|k| home_named.contains(*k)) {
            ActorKind::Organisation
        } else {
            vote_kind(
                &Group {
                    occurrences: occurrences.clone(),
                },
                mention,
            )
        };
        let curated = curation.iter().any(|c| &c.slug == id);
        if curated || !matches!(kind, ActorKind::Organisation | ActorKind::Other) {
            continue;
        }
        // Every name of the page, also one a pass joined under another ("Pledges Treatment
        // Center" under its home place's): it still shows which short name is the body's.
        let names = keys.iter().map(|k| k.to_string());
        let names = names.chain(occurrences.iter().map(|&at| fold(&mention(at).name)));
        for name in names {
            companies
                .entry(name)
                .or_insert((occurrences.len(), id.clone(), kind, keys[0]));
        }
    }
    let described = described_forms(&companies);
    let mut by_core: BTreeMap<String, Vec<(usize, &String, &str)>> = BTreeMap::new();
    for (key, (mentions, id, _, page_key)) in &companies {
        let short = short_company_name(key).filter(|short| companies.contains_key(*short));
        let core = short
            .or_else(|| described.get(key.as_str()).copied())
            .map_or_else(|| legal_core(key), str::to_string);
        by_core
            .entry(core)
            .or_default()
            .push((*mentions, id, page_key));
    }
    let mut moves: Vec<(String, String)> = Vec::new();
    for mut forms in by_core.into_values() {
        forms.sort_by(|a, b| {
            (b.0.cmp(&a.0))
                .then(b.2.len().cmp(&a.2.len()))
                .then(a.2.cmp(b.2))
        });
        let (_, target, target_key) = forms[0];
        let mut moved = BTreeSet::new();
        for &(_, id, key) in &forms[1..] {
            if id == target || !moved.insert(id) {
                continue;
            }
            moves.push((id.clone(), target.clone()));
            uncertain.insert(UncertainMerge {
                name: display_name(key, &groups[key], mention),
                other: display_name(target_key, &groups[target_key], mention),
                reason: "one company's short or legal name",
                merged: true,
            });
        }
    }
    // A page may be in two cores' groups: follow each move to the page that stays.
    let mut target_of: BTreeMap<String, String> = BTreeMap::new();
    for (from, to) in moves {
        target_of.entry(from).or_insert(to);
    }
    let last_target = |from: &String| {
        let mut to = &target_of[from];
        let mut seen = BTreeSet::from([from]);
        while let Some(next) = target_of.get(to).filter(|_| seen.insert(to)) {
            to = next;
        }
        to.clone()
    };
    let moves: Vec<(String, String)> = target_of
        .keys()
        .map(|from| (from.clone(), last_target(from)))
        .filter(|(from, to)| from != to)
        .collect();
    for (from, to) in moves {
        let moved = buckets.remove(&from).unwrap_or_default();
        buckets.entry(to).or_default().extend(moved);
    }
    buckets
}

/// A body's name as its words that name it, the everyday words that say what it does and the
/// word that says what kind of body it is: "varn bank" (varn · · bank), "tessin addiction
/// treatment center" (tessin · addiction treatment · center), "tessin addiction treatment"
/// (tessin · addiction treatment ·). `None` when nothing describes, or when nothing names: a
/// core of everyday words names only when the corpus uses it alone as a name (`named_alone`:
/// "Pledges" beside "Pledges Treatment Center").
fn described_parts<'k>(
    key: &'k str,
    named_alone: &dyn Fn(&str) -> bool,
) -> Option<(&'k str, &'k str, Option<&'k str>)> {
    let (rest, head) = match key.rsplit_once(' ') {
        Some((rest, last)) if gazetteer::is_descriptive_head(last) => (rest, Some(last)),
        _ => (key, None),
    };
    let mut core = rest;
    while let Some((before, last)) = core.rsplit_once(' ') {
        if !gazetteer::is_english_word(last) {
            break;
        }
        core = before;
    }
    let naming = core
        .rsplit(' ')
        .next()
        .is_some_and(|w| !gazetteer::is_english_word(w))
        || (core != key && named_alone(core));
    let describing = rest[core.len()..].trim_start();
    (naming && (head.is_some() || !describing.is_empty())).then_some((core, describing, head))
}

/// A described form of a body's name: the name, the words that say what it does, its kind word.
type DescribedForm<'k> = (&'k str, &'k str, Option<&'k str>);

/// The name each described form of a body joins, when the corpus's forms with one core say
/// one kind of body doing one thing ("tessin treatment center", "tessin treatment",
/// "tessin center"): the core when the corpus names an organisation by it alone ("varn" for
/// "varn bank"), else the longest form with a kind word, which a core nothing types joins. A form without a kind word joins
/// only when a form with one also has its words ("tessin treatment" beside "tessin treatment
/// center"); "varn bank" with "varn clinic", or "tessin dental center" with "tessin eye
/// center", stay apart, and so does a core the corpus calls something else than an
/// organisation (a town's police department is not the town).
fn described_forms<'k>(
    companies: &'k BTreeMap<String, (usize, String, ActorKind, &str)>,
) -> BTreeMap<&'k str, &'k str> {
    let mut by_core: BTreeMap<&str, Vec<DescribedForm>> = BTreeMap::new();
    for key in companies.keys().map(String::as_str) {
        let named_alone = |core: &str| companies.contains_key(core);
        if let Some((core, describing, head)) = described_parts(key, &named_alone) {
            by_core
                .entry(core)
                .or_default()
                .push((key, describing, head));
        }
    }
    let mut joins = BTreeMap::new();
    for (core, forms) in by_core {
        let headed = |describing: &str| {
            forms
                .iter()
                .any(|&(_, d, head)| d == describing && head.is_some())
        };
        let forms: Vec<_> = forms
            .iter()
            .filter(|&&(_, describing, head)| head.is_some() || headed(describing))
            .collect();
        let doings: BTreeSet<&str> = forms
            .iter()
            .map(|f| f.1)
            .filter(|d| !d.is_empty())
            .collect();
        let heads: BTreeSet<&str> = forms.iter().filter_map(|f| f.2).collect();
        let core_kind = |wanted: ActorKind| {
            companies
                .get_key_value(core)
                .filter(|(_, (_, _, kind, _))| *kind == wanted)
                .map(|(key, _)| key.as_str())
        };
        let organisation = core_kind(ActorKind::Organisation);
        // A core nothing types ("at Tessin", "Tessin is unlicensed") beside its one body
        // with a kind word is that body's short name.
        let untyped = core_kind(ActorKind::Other);
        let longest = forms
            .iter()
            .filter(|f| f.2.is_some())
            .map(|f| f.0)
            .max_by_key(|key| (key.len(), std::cmp::Reverse(*key)));
        let Some(target) = organisation.or(longest) else {
            continue;
        };
        let short = organisation.or(untyped);
        if doings.len() <= 1 && heads.len() <= 1 && forms.len() + usize::from(short.is_some()) > 1 {
            joins.extend(forms.iter().map(|f| (f.0, target)));
            joins.extend(untyped.map(|core| (core, target)));
        }
    }
    joins
}

/// A company's folded name without its legal form ("acme inc" → "acme", "acme motors co" →
/// "acme motor"), a final plural made singular, and in a name of three words or more every
/// plural ("academy of film arts" and "academy of films art" are one name written two ways);
/// the name itself when nothing is left.
fn legal_core(key: &str) -> String {
    let mut words: Vec<&str> = key.split(' ').collect();
    while words.len() > 1 && words.last().is_some_and(|w| gazetteer::is_legal_suffix(w)) {
        words.pop();
    }
    let singular = |word: &str| match word.strip_suffix('s') {
        Some(stem) if word.len() > 3 && !stem.ends_with('s') => stem.to_string(),
        _ => word.to_string(),
    };
    let last = words.len().saturating_sub(1);
    let words: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, word)| match words.len() {
            1 => word.to_string(),
            2 if i < last => word.to_string(),
            _ => singular(word),
        })
        .collect();
    words.join(" ")
}

/// "acme" of "acme motor company": the first word, when every other word is a company's
/// head-word or legal form.
fn short_company_name(key: &str) -> Option<&str> {
    let (first, rest) = key.split_once(' ')?;
    let company_words = rest
        .split(' ')
        .all(|w| gazetteer::is_company_head(w) || gazetteer::is_legal_suffix(w));
    company_words.then_some(first)
}

/// Whether one role of each set is the other's or part of it ("chief" of "chief executive").
fn shares_a_role(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    a.iter().any(|x| {
        b.iter().any(|y| {
            let (x, y) = (role_words(x), role_words(y));
            x.is_subset(&y) || y.is_subset(&x)
        })
    })
}

fn role_words(role: &str) -> BTreeSet<String> {
    role.split_whitespace().map(str::to_lowercase).collect()
}

/// The roles worth showing: one that another says in full is left out ("envoy" beside
/// "special envoy", "head" beside "head of the trade office").
fn fullest_roles(roles: Vec<String>) -> Vec<String> {
    let words: Vec<BTreeSet<String>> = roles.iter().map(|r| role_words(r)).collect();
    roles
        .into_iter()
        .enumerate()
        .filter(|(i, _)| {
            !words
                .iter()
                .any(|other| words[*i].len() < other.len() && words[*i].is_subset(other))
        })
        .map(|(_, role)| role)
        .collect()
}

/// A person's name as compared for given-name variants: the given name's initial, the family
/// name and the number of words; `None` for a single word.
fn given_name_form(key: &str) -> Option<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let [given, .., family] = words.as_slice() else {
        return None;
    };
    let initial = given.chars().next()?;
    Some(format!("{initial} {family} {}", words.len()))
}

/// "Southern" and "South" as one compass word.
fn compass_word(word: &str) -> Option<&'static str> {
    match word {
        "north" | "northern" => Some("north"),
        "south" | "southern" => Some("south"),
        "east" | "eastern" => Some("east"),
        "west" | "western" => Some("west"),
        _ => None,
    }
}

/// Names of different actors spelled almost alike ("Varnholm" / "Warnholm"): listed, never merged.
/// Sorted-neighbourhood comparison keeps this linear in the number of actors.
fn list_spelling_variants(actors: &[Actor], uncertain: &mut BTreeSet<UncertainMerge>) {
    let mut keys: Vec<(String, &Actor)> = actors.iter().map(|a| (fold(&a.name), a)).collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    const WINDOW: usize = 4;
    for (i, (key, actor)) in keys.iter().enumerate() {
        for (other_key, other) in keys.iter().skip(i + 1).take(WINDOW) {
            if actor.kind == other.kind
                && key.chars().count() >= 5
                && similarity(key, other_key) >= 0.85
            {
                uncertain.insert(UncertainMerge {
                    name: actor.name.clone(),
                    other: other.name.clone(),
                    reason: "similar spelling",
                    merged: false,
                });
            }
        }
    }
}

/// 1 − normalised Levenshtein distance.
fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    1.0 - previous[b.len()] as f64 / a.len().max(b.len()).max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::mentions::AcronymDefinition;
    use crate::analyse::Claim;

    /// A source whose mentions are given as (name, kind, via); each mention is its own claim.
    fn source(id: &str, mentions: &[(&str, ActorKind, Via)]) -> Analysis {
        let mut analysis = Analysis::default();
        for (i, (name, kind, via)) in mentions.iter().enumerate() {
            analysis.claims.push(Claim {
                id: format!("{id}-c{i}"),
                source: id.into(),
                text: name.to_string(),
                start: i * 100,
                end: i * 100 + 50,
            });
            analysis.mentions.push(Mention {
                start: i * 100,
                end: i * 100 + name.chars().count(),
                text: name.to_string(),
                name: name.to_string(),
                kind: *kind,
                via: *via,
                role: None,
                evidence: "test",
            });
        }
        analysis
    }

    use ActorKind::*;
    use Via::Name;

    fn resolve(analyses: &[(&str, Analysis)], curation: &[ActorCuration]) -> Result<Actors> {
        let sources: Vec<SourceMentions> = analyses
            .iter()
            .map(|(id, a)| SourceMentions { id, analysis: a })
            .collect();
        resolve_actors(&sources, curation, 2)
    }

    fn names(actors: &Actors) -> Vec<(&str, usize)> {
        actors
            .actors
            .iter()
            .map(|a| (a.name.as_str(), a.mentions))
            .collect()
    }

    #[test]
    fn folding_ignores_case_accents_dashes_and_dots() {
        assert_eq!(fold("Harbour Union–North"), fold("harbour union-north"));
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Zoë’s"), "zoes");
        assert_eq!(fold("The Hague"), "hague");
        assert_eq!(fold("Tessin Defence Centre"), fold("Tessin Defense Center"));
        assert_eq!(
            fold("Internationally Recognised Harbour Organisation"),
            fold("Internationally Recognized Harbour Organization")
        );
        assert_eq!(fold("Mt. Varn"), "mount varn");
    }

    #[test]
    fn a_surname_joins_the_full_name_in_its_source() {
        let a = source(
            "a",
            &[
                ("Jana Novak", Person, Name),
                ("Novak", Other, Name),
                ("Novak", Person, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(names(&actors), [("Jana Novak", 3)]);
        assert_eq!(actors.actors[0].id, "jana-novak");
        assert_eq!(actors.actors[0].aliases, ["Novak"]);
    }

    #[test]
    fn a_glued_s_on_a_known_full_name_joins_it_but_a_name_ending_in_s_stays() {
        let a = source(
            "a",
            &[
                ("Orla Fenwick", Person, Name),
                ("Orla Fenwick", Person, Name),
                ("Orla Fenwicks", Other, Name),
                ("Tomas Hollis", Person, Name),
                ("Tomas Hollis", Person, Name),
                ("Tomas Holli", Person, Name),
            ],
        );
        let b = source("b", &[("Fenwicks", Other, Name), ("Hollis", Person, Name)]);
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [("Orla Fenwick", 4), ("Tomas Hollis", 3)],
            "{:?}",
            actors.uncertain
        );
        assert!(actors
            .uncertain
            .iter()
            .any(|u| u.merged && u.name == "Orla Fenwicks" && u.other == "Orla Fenwick"));
    }

    #[test]
    fn a_glued_s_on_a_full_name_known_only_by_its_family_name_joins_that_person() {
        let a = source("a", &[("Orla Fenwicks", Person, Name)]);
        let b = source("b", &[("Fenwick", Person, Name), ("Fenwick", Person, Name)]);
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [("Orla Fenwick", 3)],
            "{:?}",
            actors.uncertain
        );
    }

    #[test]
    fn an_ambiguous_surname_stays_apart_and_is_listed() {
        let a = source(
            "a",
            &[
                ("Jana Novak", Person, Name),
                ("Petr Novak", Person, Name),
                ("Novak", Person, Name),
                ("Novak", Person, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert!(
            actors
                .uncertain
                .iter()
                .any(|u| !u.merged && u.name == "Novak"),
            "{:?}",
            actors.uncertain
        );
    }

    #[test]
    fn a_surname_in_another_source_joins_the_unique_full_name_and_is_listed() {
        let a = source(
            "a",
            &[("Jana Novak", Person, Name), ("Jana Novak", Person, Name)],
        );
        let b = source("b", &[("Novak", Person, Name)]);
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(names(&actors), [("Jana Novak", 3)]);
        assert_eq!(actors.actors[0].sources, ["a", "b"]);
        assert!(actors
            .uncertain
            .iter()
            .any(|u| u.merged && u.name == "Novak"));
    }

    #[test]
    fn the_same_name_across_sources_is_one_actor_and_demonyms_count_for_their_country() {
        let a = source(
            "a",
            &[
                ("Freedonia", State, Name),
                ("Freedonia", State, Via::Demonym),
            ],
        );
        let b = source("b", &[("FREEDONIA", State, Name)]);
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(names(&actors), [("Freedonia", 3)]);
        assert_eq!(actors.actors[0].claims, ["a-c0", "a-c1", "b-c0"]);
    }

    #[test]
    fn a_defined_acronym_joins_its_expansion() {
        let mut a = source(
            "a",
            &[
                ("Harbour Workers Union", Organisation, Name),
                ("HWU", Organisation, Via::Acronym),
            ],
        );
        a.acronyms.push(AcronymDefinition {
            acronym: "HWU".into(),
            expansion: "Harbour Workers Union".into(),
        });
        let b = source("b", &[("HWU", Organisation, Via::Acronym)]);
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(names(&actors), [("Harbour Workers Union", 3)]);
    }

    #[test]
    fn below_the_threshold_is_a_candidate_not_a_page() {
        let a = source(
            "a",
            &[
                ("Once", Other, Name),
                ("Twice", Place, Name),
                ("Twice", Place, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(names(&actors), [("Twice", 2)]);
        assert_eq!(actors.candidates[0].name, "Once");
        let of = |m| actors.of_mention("a", m);
        assert_eq!([of(0), of(1), of(2), of(3)], [None, Some(0), Some(0), None]);
    }

    #[test]
    fn a_name_one_source_shows_to_be_a_things_gets_no_page_unless_an_actor_speaks() {
        let mut a = source("a", &[("Quillon Motors", Organisation, Name)]);
        a.things = vec!["Zephyr".into(), "Tessin".into()];
        let mut b = source(
            "b",
            &[
                ("Zephyr", Organisation, Name),
                ("Zephyr", Other, Name),
                ("Tessin", Organisation, Name),
                ("Tessin", Organisation, Name),
            ],
        );
        b.mentions[3].evidence = "context: said";
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        let paged: Vec<&str> = actors.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(paged, ["Tessin"]);
        assert!(actors.candidates.iter().all(|c| c.name != "Zephyr"));
    }

    #[test]
    fn a_companys_short_and_legal_names_are_one_page_and_are_listed() {
        let a = source(
            "a",
            &[
                ("Wendel Motor Company", Organisation, Name),
                ("Wendel", Organisation, Name),
                ("Borel Inc.", Organisation, Name),
                ("Borel", Organisation, Name),
                ("Norrland Motors", Organisation, Name),
                ("Norrland Airlines", Organisation, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Wendel Motors Co.", Organisation, Name),
                ("Borel", Organisation, Name),
                ("Norrland Motors", Organisation, Name),
                ("Norrland Airlines", Organisation, Name),
                ("Velbrand Capital Management", Organisation, Name),
                ("Velbrand", Organisation, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [
                ("Borel", 3),
                ("Norrland Airlines", 2),
                ("Norrland Motors", 2),
                ("Velbrand Capital Management", 2),
                ("Wendel Motor Company", 3)
            ],
            "without 'Norrland' alone, its airline and its car maker stay apart"
        );
        assert!(actors
            .uncertain
            .iter()
            .any(|u| u.merged && u.name == "Borel Inc." && u.other == "Borel"));
    }

    #[test]
    fn a_company_named_with_its_trade_is_one_page_with_its_short_name() {
        let a = source(
            "a",
            &[
                ("Halden Foods", Organisation, Name),
                ("Halden", Organisation, Name),
                ("Strand Energy", Organisation, Name),
            ],
        );
        let b = source("b", &[("Halden", Organisation, Name)]);
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(names(&actors), [("Halden", 3)]);
    }

    #[test]
    fn a_companys_short_name_stays_the_companys_beside_a_place_and_that_name() {
        let a = source(
            "a",
            &[
                ("Ottawa Larkspur", Organisation, Name),
                ("Larkspur", Organisation, Name),
                ("Larkspur Motor Company", Organisation, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Larkspur", Organisation, Name),
                ("Larkspur Motor Company", Organisation, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(names(&actors), [("Larkspur Motor Company", 4)]);
    }

    #[test]
    fn a_bodys_name_with_and_without_its_kind_word_or_spelled_two_ways_is_one_page() {
        let a = source(
            "a",
            &[
                ("Tessin Recovery Center", Organisation, Name),
                ("Tessin Recovery", Other, Name),
                ("Varn Bank", Organisation, Name),
                ("Varn", Organisation, Name),
                ("Ossen Bank", Organisation, Name),
                ("Ossen Clinic", Organisation, Name),
                ("Ossen", Organisation, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Tessin Recovery Centre", Organisation, Name),
                ("Mt Varla", Place, Name),
                ("Mount Varla", Place, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [
                ("Mount Varla", 2),
                ("Tessin Recovery Center", 3),
                ("Varn Bank", 2)
            ],
            "'Ossen' may be its bank or its clinic: the three stay apart"
        );
        assert_eq!(actors.candidates.len(), 3);
    }

    #[test]
    fn a_name_nothing_types_joins_its_one_body_with_a_kind_word() {
        let a = source(
            "a",
            &[
                ("Quellmoor Recovery Center", Organisation, Name),
                ("Quellmoor", Other, Name),
                ("Sandvik", Place, Name),
                ("Sandvik Recovery Center", Organisation, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Quellmoor", Other, Name),
                ("Quellmoor Recovery", Organisation, Name),
                ("Sandvik", Place, Name),
                ("Sandvik Recovery Center", Organisation, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [
                ("Quellmoor Recovery Center", 4),
                ("Sandvik", 2),
                ("Sandvik Recovery Center", 2)
            ],
            "a place's body is not the place"
        );
    }

    #[test]
    fn a_body_named_with_and_without_what_it_does_is_one_page_unless_its_forms_differ() {
        let a = source(
            "a",
            &[
                ("Halvik Treatment Center", Organisation, Name),
                ("Halvik Center", Organisation, Name),
                ("Orvik Rehab Center", Organisation, Name),
                ("Orvik", Organisation, Name),
                ("Brenn Dental Center", Organisation, Name),
                ("Brenn Eye Center", Organisation, Name),
                ("Tarsby", Place, Name),
                ("Tarsby Police Department", Organisation, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Brenn Dental Center", Organisation, Name),
                ("Brenn Eye Center", Organisation, Name),
                ("Tarsby", Place, Name),
                ("Tarsby Police Department", Organisation, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [
                ("Brenn Dental Center", 2),
                ("Brenn Eye Center", 2),
                ("Halvik Treatment Center", 2),
                ("Orvik Rehab Center", 2),
                ("Tarsby", 2),
                ("Tarsby Police Department", 2)
            ],
            "a dental and an eye center, and a town and its police, stay apart"
        );
    }

    #[test]
    fn a_city_that_acts_is_the_one_team_named_after_it_and_stays_the_city_elsewhere() {
        let acting = |mut analysis: Analysis, at: &[usize]| {
            for &i in at {
                analysis.mentions[i].evidence = crate::analyse::mentions::CITY_AS_AGENT;
            }
            analysis
        };
        let a = source(
            "a",
            &[
                ("Memphis", Place, Name),
                ("Memphis Herons", Organisation, Name),
                ("Memphis", Place, Name),
                ("Dallas", Place, Name),
                ("Dallas Times", Organisation, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Memphis", Place, Name),
                ("Memphis Herons", Organisation, Name),
                ("Dallas", Place, Name),
                ("Dallas Times", Organisation, Name),
            ],
        );
        let (a, b) = (acting(a, &[0, 3]), acting(b, &[0, 2]));
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [("Dallas", 2), ("Dallas Times", 2), ("Memphis Herons", 4)],
            "a newspaper is no team; the city named once after a preposition has no page"
        );
        assert_eq!(actors.candidates[0].name, "Memphis");
        let herons = actors.actors.iter().find(|x| x.name == "Memphis Herons");
        assert_eq!(
            herons.map(|x| x.kind),
            Some(Organisation),
            "the acting city does not vote"
        );
        assert!(actors
            .uncertain
            .iter()
            .any(|u| u.merged && u.name == "Memphis" && u.other == "Memphis Herons"));
    }

    #[test]
    fn a_city_that_speaks_under_a_named_persons_family_name_is_that_person() {
        let mut a = source(
            "a",
            &[("Nora Memphis", Person, Name), ("Memphis", Place, Name)],
        );
        let mut b = source("b", &[("Memphis", Place, Name), ("Memphis", Place, Name)]);
        b.mentions[0].evidence = crate::analyse::mentions::CITY_AS_AGENT;
        a.mentions[1].evidence = crate::analyse::mentions::CITY_AS_AGENT;
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        let nora = actors.actors.iter().find(|x| x.name == "Nora Memphis");
        assert_eq!(nora.map(|x| x.mentions), Some(3), "{:?}", names(&actors));
        assert_eq!(
            nora.map(|x| x.kind),
            Some(Person),
            "the city's reading does not vote"
        );
        assert!(
            !actors.actors.iter().any(|x| x.name == "Memphis"),
            "the city named once in a place's words has no page"
        );
    }

    #[test]
    fn a_given_name_and_its_short_form_join_unless_their_roles_differ() {
        let with_role = |name: &str, role: Option<&str>| {
            let mut analysis = source("x", &[(name, Person, Name)]);
            analysis.mentions[0].role = role.map(str::to_string);
            analysis.mentions.remove(0)
        };
        let mut a = source("a", &[("Bill Marsh", Person, Name)]);
        a.mentions.push(with_role("Tom Reeve", Some("goalkeeper")));
        a.mentions.push(with_role("Tom Reeve", Some("goalkeeper")));
        let mut b = source(
            "b",
            &[
                ("William Marsh", Person, Name),
                ("William Marsh", Person, Name),
            ],
        );
        b.mentions.push(with_role("Thomas Reeve", Some("senator")));
        b.mentions.push(with_role("Thomas Reeve", Some("senator")));
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [("Thomas Reeve", 2), ("Tom Reeve", 2), ("William Marsh", 3)],
            "a goalkeeper and a senator stay two people"
        );
    }

    #[test]
    fn a_long_name_with_a_word_in_the_plural_or_not_is_one_name() {
        let a = source(
            "a",
            &[
                ("Guild of Harbour Pilots and Boatmen", Organisation, Name),
                ("Guild of Harbour Pilot and Boatmen", Organisation, Name),
                ("Varn Gas", Organisation, Name),
                ("Varn Ga", Organisation, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [("Guild of Harbour Pilots and Boatmen", 2)],
            "a short word ending in s is no plural"
        );
        assert_eq!(legal_core("acme motors co"), "acme motor");
    }

    #[test]
    fn a_given_name_spelled_two_ways_joins_across_sources_not_within_one() {
        let a = source(
            "a",
            &[
                ("Katrine Voss", Person, Name),
                ("Katrine Voss", Person, Name),
                ("Arvid Lund", Person, Name),
                ("Arvida Lund", Person, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Katrina Voss", Person, Name),
                ("Arvid Lund", Person, Name),
                ("Arvida Lund", Person, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [("Arvid Lund", 2), ("Arvida Lund", 2), ("Katrine Voss", 3)],
            "one source naming both tells two people apart"
        );
        assert!(actors.uncertain.iter().any(|u| u.merged
            && u.name == "Katrina Voss"
            && u.reason == "given name spelled two ways in different sources"));
    }

    #[test]
    fn a_countrys_body_under_its_several_names_is_one_page() {
        let a = source(
            "a",
            &[
                ("Supreme Court of Kenya", Organisation, Name),
                ("Kenyan Supreme Court", Organisation, Name),
                ("Supreme Court", Organisation, Name),
                ("Trade Ministry", Organisation, Name),
                ("Norwegian Trade Ministry", Organisation, Name),
                ("Trade Ministry of Kenya", Organisation, Name),
                ("Bank of Norway", Organisation, Name),
                ("Bank of Norway Corporation", Organisation, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [
                ("Bank of Norway Corporation", 2),
                ("Supreme Court of Kenya", 3)
            ],
            "a bare 'Trade Ministry' may be either country's: it stays apart"
        );
        assert!(actors.uncertain.iter().any(|u| u.merged
            && u.name == "Supreme Court"
            && u.reason == "a country's body named without its country"));
        assert_eq!(actors.candidates.len(), 3, "{:?}", actors.candidates);
    }

    #[test]
    fn a_surname_read_as_a_town_before_a_state_joins_the_full_name_in_its_source() {
        let mut a = source(
            "a",
            &[
                ("Arvid Holm", Person, Name),
                ("Holm", Place, Name),
                ("Borel", Place, Name),
            ],
        );
        a.mentions[1].evidence = "context: followed by a state or region";
        a.mentions[2].evidence = "context: in";
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(names(&actors), [("Arvid Holm", 2)]);
    }

    #[test]
    fn a_generation_suffix_does_not_split_a_person() {
        let a = source(
            "a",
            &[
                ("Arvid Lund Holm Jr.", Person, Name),
                ("Holm", Person, Name),
            ],
        );
        let b = source("b", &[("Arvid Lund Holm", Person, Name)]);
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(actors.actors.len(), 1, "{:?}", names(&actors));
        assert_eq!(actors.actors[0].mentions, 3);
    }

    fn curation(dir: &std::path::Path, slug: &str, front: &str) -> ActorCuration {
        let path = dir.join(format!("{slug}.md"));
        std::fs::write(&path, format!("+++\n{front}+++\nSummary of {slug}.\n")).unwrap();
        crate::load::curation::load_actor_curation(
            &crate::load::files::ProjectFiles::open(dir).unwrap(),
            dir,
        )
        .unwrap()
        .into_iter()
        .find(|c| c.slug == slug)
        .unwrap()
    }

    #[test]
    fn a_names_shape_counts_less_than_any_word_around_it_in_the_kind_vote() {
        // A mountain read twice as a person's name in headings, twice by its head-word.
        let mut kinds: BTreeMap<ActorKind, usize> = BTreeMap::new();
        *kinds.entry(ActorKind::Person).or_default() += 2 * evidence_weight("name shape");
        *kinds.entry(ActorKind::Place).or_default() +=
            2 * evidence_weight("place head-word: Mount inside");
        assert_eq!(kind_vote(&kinds), ActorKind::Place);
        // A word of context ("in X") outweighs the shape too, and a head-word a context.
        assert!(evidence_weight("context: in") > evidence_weight("name shape"));
        assert!(evidence_weight("org head-word: Bank") > evidence_weight("context: in"));
    }

    #[test]
    fn curation_merges_aliases_renames_and_sets_kind() {
        let tmp = tempfile::tempdir().unwrap();
        let c = curation(tmp.path(), "workers", "name = \"Harbour Workers\"\nkind = \"organisation\"\naliases = [\"Dockers\", \"Dock Workers\"]\n");
        let a = source(
            "a",
            &[("Dockers", Other, Name), ("Dock Workers", Person, Name)],
        );
        let actors = resolve(&[("a", a)], &[c]).unwrap();
        let actor = &actors.actors[0];
        assert_eq!(
            (
                actor.id.as_str(),
                actor.name.as_str(),
                actor.kind,
                actor.mentions
            ),
            ("workers", "Harbour Workers", Organisation, 2)
        );
        assert!(actor
            .summary
            .as_ref()
            .unwrap()
            .text
            .contains("Summary of workers"));
    }

    #[test]
    fn hidden_removes_and_same_as_merges() {
        let tmp = tempfile::tempdir().unwrap();
        let hidden = curation(tmp.path(), "breaking", "hidden = true\n");
        let merge = curation(tmp.path(), "the-port", "same-as = \"harbour\"\n");
        let a = source(
            "a",
            &[
                ("Breaking", Other, Name),
                ("Breaking", Other, Name),
                ("Harbour", Place, Name),
                ("The Port", Place, Name),
                ("The Port", Place, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[hidden, merge]).unwrap();
        assert_eq!(names(&actors), [("Harbour", 3)]);
        assert!(actors.actors[0].aliases.contains(&"The Port".to_string()));
    }

    #[test]
    fn a_middle_name_or_a_word_run_into_a_full_name_joins_the_shorter_name() {
        let a = source(
            "a",
            &[
                ("Orla K. Brandt", Person, Name),
                ("Orla K. Brandt", Person, Name),
                ("Moviemaker Paul Danner", Person, Name),
                ("Brandt", Person, Name),
            ],
        );
        let b = source(
            "b",
            &[
                ("Orla Brandt", Person, Name),
                ("Paul Danner", Person, Name),
                ("Paul Danner", Person, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert_eq!(names(&actors), [("Orla K. Brandt", 4), ("Paul Danner", 3)]);
        let reasons: Vec<(&str, &str)> = actors
            .uncertain
            .iter()
            .map(|u| (u.name.as_str(), u.reason))
            .collect();
        assert!(
            reasons.contains(&("Orla Brandt", "a full name with and without a middle name")),
            "{reasons:?}"
        );
        assert!(
            reasons.contains(&("Moviemaker Paul Danner", "a word run into a full name")),
            "{reasons:?}"
        );
    }

    #[test]
    fn a_short_name_two_middle_names_share_stays_apart() {
        let a = source(
            "a",
            &[
                ("Orla K. Brandt", Person, Name),
                ("Orla P. Brandt", Person, Name),
                ("Orla Brandt", Person, Name),
                ("Orla Brandt", Person, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(names(&actors), [("Orla Brandt", 2)]);
        assert_eq!(actors.candidates.len(), 2);
    }

    #[test]
    fn a_surname_the_editor_moved_with_same_as_is_no_longer_uncertain() {
        let a = source("a", &[("Jana Lind", Person, Name), ("Lind", Person, Name)]);
        let b = source("b", &[("Piet Lind", Person, Name), ("Lind", Person, Name)]);
        let c = source("c", &[("Lind", Person, Name), ("LIND", Person, Name)]);
        let open = resolve(&[("a", a.clone()), ("b", b.clone()), ("c", c.clone())], &[]).unwrap();
        let listed: Vec<(&str, &str)> = open
            .uncertain
            .iter()
            .map(|u| (u.name.as_str(), u.other.as_str()))
            .collect();
        assert_eq!(
            listed,
            [("LIND", "Jana Lind / Piet Lind")],
            "one line for the pair, whatever its case"
        );
        let tmp = tempfile::tempdir().unwrap();
        let merge = curation(tmp.path(), "lind", "same-as = \"jana-lind\"\n");
        let settled = resolve(&[("a", a), ("b", b), ("c", c)], &[merge]).unwrap();
        assert!(settled.uncertain.is_empty(), "{:?}", settled.uncertain);
        assert_eq!(names(&settled), [("Jana Lind", 4), ("Piet Lind", 2)]);
    }

    #[test]
    fn bad_curation_is_reported_with_file_and_line() {
        let tmp = tempfile::tempdir().unwrap();
        let dangling = curation(tmp.path(), "x", "name = \"X\"\nsame-as = \"nobody\"\n");
        let a = source("a", &[("X", Other, Name)]);
        let err = resolve(&[("a", a.clone())], &[dangling])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("x.md:3:1: same-as = \"nobody\" points at no actor"),
            "{err}"
        );

        let one = curation(tmp.path(), "one", "aliases = [\"Shared\"]\n");
        let two = curation(tmp.path(), "two", "aliases = [\"Other\", \"Shared\"]\n");
        let err = resolve(&[("a", a.clone())], &[one, two])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("two.md:2:21: \"Shared\" is claimed by two actors"),
            "{err}"
        );

        let ghost = curation(tmp.path(), "ghost", "hidden = true\n");
        let actors = resolve(&[("a", a)], &[ghost]).unwrap();
        assert!(
            actors.warnings[0]
                .to_string()
                .contains("ghost.md:2:1: hidden actor \"ghost\" matches nothing"),
            "{:?}",
            actors.warnings
        );
    }

    #[test]
    fn similar_spellings_are_listed_not_merged() {
        let a = source(
            "a",
            &[
                ("Varnholm", Place, Name),
                ("Varnholm", Place, Name),
                ("Warnholm", Place, Name),
                ("Warnholm", Place, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(actors.actors.len(), 2);
        assert!(
            actors
                .uncertain
                .iter()
                .any(|u| u.reason == "similar spelling"),
            "{:?}",
            actors.uncertain
        );
    }
    /// A source of one mention with a role and evidence.
    fn described(
        id: &str,
        name: &str,
        kind: ActorKind,
        role: &str,
        evidence: &'static str,
    ) -> Analysis {
        let mut analysis = source(id, &[(name, kind, Name)]);
        analysis.mentions[0].role = Some(role.into()).filter(|r: &String| !r.is_empty());
        analysis.mentions[0].evidence = evidence;
        analysis
    }

    #[test]
    fn one_mention_in_full_is_enough_for_a_page_but_a_bare_word_is_not() {
        let a = described(
            "a",
            "Jane Doe",
            Person,
            "Chief Executive",
            "title: Executive",
        );
        let b = described(
            "b",
            "Halvor Shipping Group",
            Organisation,
            "",
            "org head-word: Group",
        );
        let c = described("c", "Doe", Person, "Chief Executive", "title: Executive");
        let d = described("d", "Lena Berg", Person, "", "given name");
        let e = described(
            "e",
            "Economic Forum",
            Organisation,
            "",
            "org head-word: Forum",
        );
        let f = described("f", "Tessin Center", Place, "", "context: at a venue");
        let g = described("g", "Main Street", Place, "", "place head-word: Street");
        let sources = [
            ("a", a),
            ("b", b),
            ("c", c),
            ("d", d),
            ("e", e),
            ("f", f),
            ("g", g),
        ];
        let actors = resolve(&sources, &[]).unwrap();
        assert_eq!(
            names(&actors),
            [
                ("Halvor Shipping Group", 1),
                ("Jane Doe", 2),
                ("Tessin Center", 1)
            ]
        );
        let below: Vec<&str> = actors.candidates.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(below, ["Economic Forum", "Lena Berg", "Main Street"]);
    }

    #[test]
    fn a_role_said_in_full_elsewhere_is_not_shown_again() {
        let roles = |list: &[&str]| list.iter().map(|r| r.to_string()).collect::<Vec<_>>();
        assert_eq!(
            fullest_roles(roles(&["envoy", "Special Envoy", "presidential envoy"])),
            roles(&["Special Envoy", "presidential envoy"])
        );
        assert_eq!(
            fullest_roles(roles(&["head", "head of the trade office", "spokesman"])),
            roles(&["head of the trade office", "spokesman"])
        );
    }

    #[test]
    fn a_group_is_given_no_role() {
        let a = described(
            "a",
            "Harbour Union",
            Organisation,
            "official",
            "context: role",
        );
        let b = described("b", "Harbour Union", Organisation, "", "test");
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        assert!(
            actors.actors[0].roles.is_empty(),
            "{:?}",
            actors.actors[0].roles
        );
    }

    #[test]
    fn given_name_and_compass_variants_are_listed_not_merged() {
        let a = source(
            "a",
            &[
                ("Teo Hale", Person, Name),
                ("Teo Hale", Person, Name),
                ("Tomas Hale", Person, Name),
                ("Tomas Hale", Person, Name),
                ("South Vellmark", Place, Name),
                ("South Vellmark", Place, Name),
                ("Southern Vellmark", Place, Name),
                ("Southern Vellmark", Place, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(actors.actors.len(), 4);
        let listed: Vec<(&str, &str, bool)> = actors
            .uncertain
            .iter()
            .map(|u| (u.name.as_str(), u.reason, u.merged))
            .collect();
        assert!(
            listed.contains(&("South Vellmark", "compass-word variant", false)),
            "{listed:?}"
        );
        assert!(
            listed.contains(&("Teo Hale", "given-name variant", false)),
            "{listed:?}"
        );
    }

    #[test]
    fn an_uncertain_surname_names_people_as_written_and_goes_once_the_editor_merges() {
        let a = source(
            "a",
            &[
                ("Jana Novak", Person, Name),
                ("Petr Novak", Person, Name),
                ("Novak", Person, Name),
                ("Novak", Person, Name),
            ],
        );
        let actors = resolve(&[("a", a.clone())], &[]).unwrap();
        let open: Vec<&str> = actors.uncertain.iter().map(|u| u.other.as_str()).collect();
        assert_eq!(open, ["Jana Novak / Petr Novak"]);

        let tmp = tempfile::tempdir().unwrap();
        let merged = curation(tmp.path(), "jana-novak", "aliases = [\"Novak\"]\n");
        let actors = resolve(&[("a", a)], &[merged]).unwrap();
        let jana = &actors.actors[0];
        assert_eq!((jana.id.as_str(), jana.mentions), ("jana-novak", 3));
        assert!(actors.uncertain.is_empty(), "{:?}", actors.uncertain);
    }

    #[test]
    fn a_name_with_and_without_its_home_place_is_one_organisation_when_only_one_home_fits() {
        let a = source(
            "a",
            &[
                ("Kenya Ridge Hawks", Other, Name),
                ("Ridge Hawks", Person, Name),
                ("Ridge Hawks", Person, Name),
                ("Norway Lake Runners", Other, Name),
                ("Sweden Lake Runners", Other, Name),
                ("Lake Runners", Other, Name),
                ("Lake Runners", Other, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        let hawks = actors.actors.iter().find(|a| a.name == "Kenya Ridge Hawks");
        let hawks = hawks.expect("the team keeps a page");
        assert_eq!((hawks.kind, hawks.mentions), (Organisation, 3));
        assert_eq!(hawks.aliases, ["Ridge Hawks"]);
        // Two homes for one name: which one the bare name means is unknown.
        let runners = actors.actors.iter().find(|a| a.name == "Lake Runners");
        assert_eq!(runners.map(|a| a.mentions), Some(2));
    }

    #[test]
    fn a_short_name_the_editor_gave_another_file_is_not_folded_into_its_home_name() {
        let tmp = tempfile::tempdir().unwrap();
        let c = curation(
            tmp.path(),
            "lakeside-fair",
            "name = \"Lakeside Fair\"\naliases = [\"Ridge Hawks\"]\n",
        );
        let a = source(
            "a",
            &[
                ("Kenya Ridge Hawks", Other, Name),
                ("Kenya Ridge Hawks", Other, Name),
                ("Ridge Hawks", Other, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[c]).unwrap();
        let fair = actors.actors.iter().find(|a| a.id == "lakeside-fair");
        assert_eq!(fair.map(|a| a.mentions), Some(1), "{:?}", names(&actors));
        let hawks = actors.actors.iter().find(|a| a.name == "Kenya Ridge Hawks");
        assert_eq!(hawks.map(|a| a.mentions), Some(2));
    }

    #[test]
    fn a_lone_given_name_joins_the_one_person_of_its_source_with_that_given_name() {
        let a = source(
            "a",
            &[
                ("Regina Lasko", Person, Name),
                ("Regina", Person, Name),
                ("Regina", Person, Name),
            ],
        );
        // Two people with the given name: the lone one stays apart, listed for the editor.
        let b = source(
            "b",
            &[
                ("Martin Osei", Person, Name),
                ("Martin Brandt", Person, Name),
                ("Martin", Person, Name),
                ("Martin", Person, Name),
            ],
        );
        let actors = resolve(&[("a", a), ("b", b)], &[]).unwrap();
        let names = names(&actors);
        assert!(names.contains(&("Regina Lasko", 3)), "{names:?}");
        assert!(names.contains(&("Martin", 2)), "{names:?}");
        assert!(actors
            .uncertain
            .iter()
            .any(|u| u.name == "Martin" && u.reason.starts_with("given name shared")));
    }

    #[test]
    fn a_surname_joins_the_forms_of_one_persons_given_name_across_sources() {
        let a = source(
            "a",
            &[
                ("Maurice Tollan", Person, Name),
                ("Maurice Tollan", Person, Name),
            ],
        );
        let b = source(
            "b",
            &[("Mo Tollan", Person, Name), ("Mo Tollan", Person, Name)],
        );
        let c = source("c", &[("Tollan", Person, Name), ("Tollan", Person, Name)]);
        // Two different people with one family name: the lone surname stays apart.
        let d = source(
            "d",
            &[("Ivo Brandt", Person, Name), ("Ivo Brandt", Person, Name)],
        );
        let e = source(
            "e",
            &[("Lena Brandt", Person, Name), ("Lena Brandt", Person, Name)],
        );
        let f = source("f", &[("Brandt", Person, Name), ("Brandt", Person, Name)]);
        let sources = [("a", a), ("b", b), ("c", c), ("d", d), ("e", e), ("f", f)];
        let actors = resolve(&sources, &[]).unwrap();
        let names = names(&actors);
        assert!(names.contains(&("Maurice Tollan", 6)), "{names:?}");
        assert!(names.contains(&("Brandt", 2)), "{names:?}");
    }

    #[test]
    fn a_leaders_tenure_joins_the_one_person_of_that_surname_and_makes_no_page_alone() {
        let tenure = |id: &str, name: &str| {
            let mut analysis = source(id, &[(name, Other, Name), (name, Other, Name)]);
            for m in &mut analysis.mentions {
                m.evidence = LEADERS_TENURE;
            }
            analysis
        };
        let a = source("a", &[("Mira Harlan", Person, Name)]);
        let actors = resolve(&[("a", a), ("b", tenure("b", "Harlan"))], &[]).unwrap();
        assert_eq!(names(&actors), [("Mira Harlan", 3)]);
        let alone = resolve(&[("b", tenure("b", "Harlan"))], &[]).unwrap();
        assert!(alone.actors.is_empty(), "{:?}", alone.actors);
        let two = source(
            "a",
            &[
                ("Mira Harlan", Person, Name),
                ("Tomas Harlan", Person, Name),
            ],
        );
        let actors = resolve(&[("a", two), ("b", tenure("b", "Harlan"))], &[]).unwrap();
        assert!(
            actors.actors.iter().all(|a| a.name != "Harlan"),
            "two people of that surname: no page from the tenure"
        );
    }

    #[test]
    fn a_body_named_in_everyday_words_takes_its_fullest_specific_name() {
        let a = source(
            "a",
            &[
                ("Constitutional Court", Organisation, Name),
                ("Constitutional Court", Organisation, Name),
                ("Constitutional Court", Organisation, Name),
                ("Constitutional Court of Kenya", Organisation, Name),
                ("Kenyan Constitutional Court", Organisation, Name),
                ("Kenya’s Constitutional Court", Organisation, Name),
            ],
        );
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(names(&actors), [("Constitutional Court of Kenya", 6)]);
        assert_eq!(actors.actors[0].id, "constitutional-court-of-kenya");
        assert!(actors.actors[0]
            .aliases
            .contains(&"Constitutional Court".to_string()));
        let key = |name: &str| national_bodies::national_body(name).map(|body| body.key());
        assert_eq!(
            key("Auditor General’s Office of Kenya"),
            key("Kenya’s Auditor General’s Office"),
            "a possessive inside the body's name is not its state's"
        );
        assert!(key("Auditor General’s Office of Kenya").is_some());
        let mut names_alike = BTreeMap::new();
        names_alike.insert("Harbour Board", 3);
        names_alike.insert("Harbour Board Annual Report", 1);
        assert_eq!(
            specific_name("Harbour Board", &names_alike),
            None,
            "a longer name of everyday words says nothing more specific"
        );
    }

    #[test]
    fn a_piece_of_a_name_shared_across_and_is_no_alias() {
        let mut a = source(
            "a",
            &[
                ("Foreign Ministry", Organisation, Name),
                ("Justice Ministry", Organisation, Name),
                ("Foreign Ministry", Organisation, Name),
                ("Justice Ministry", Organisation, Name),
            ],
        );
        // "the Foreign and Justice Ministries": each part named by the shared head-word.
        a.mentions[2].text = "Foreign".into();
        a.mentions[3].text = "Justice Ministries".into();
        let actors = resolve(&[("a", a)], &[]).unwrap();
        assert_eq!(
            names(&actors),
            [("Foreign Ministry", 2), ("Justice Ministry", 2)]
        );
        assert!(
            actors.actors.iter().all(|a| a.aliases.is_empty()),
            "{:?}",
            actors.actors
        );
        let soviet = source(
            "b",
            &[
                ("Soviet Union", State, Name),
                ("Soviet Union", State, Via::Demonym),
            ],
        );
        let mut soviet = soviet;
        soviet.mentions[1].text = "Soviet".into();
        let actors = resolve(&[("b", soviet)], &[]).unwrap();
        assert_eq!(
            actors.actors[0].aliases,
            ["Soviet"],
            "a people's adjective stays"
        );
        assert!(!is_part_of_its_name("Afghan", "Afghanistan"));
        assert!(!is_part_of_its_name("Kenyan", "Kenya"));
        assert!(is_part_of_its_name("Courts", "Court"));
        assert!(is_part_of_its_name("Foreign", "Kenya’s Foreign Ministry"));
        assert!(
            !is_part_of_its_name("Foreign Ministry", "Kenya’s Foreign Ministry"),
            "a short name that keeps the head-word is a name"
        );
    }
}
