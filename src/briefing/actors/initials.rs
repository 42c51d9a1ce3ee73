//! Initials no source defines: "TVR" joins "The Varn Review" when that is the one name in
//! the corpus whose capitalised words' initials spell it. (An acronym a source defines,
//! "Varn Review (TVR)", is keyed by its expansion before this.)

use super::{merge_listed, vote_kind, At, Group, UncertainMerge};
use crate::analyse::mentions::Mention;
use crate::model::actor::ActorKind;
use crate::text::gazetteer;
use std::collections::{BTreeMap, BTreeSet};

/// Shorter initials ("AP", "BA") match too many names to be read without a definition.
const LETTERS: std::ops::RangeInclusive<usize> = 3..=6;

/// Moves each group of undefined initials into the one group whose name they spell, listed
/// for the editor.
pub(super) fn fold_initials<'g>(
    mut groups: BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    editor_placed: &dyn Fn(&str, &str) -> bool,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Group> {
    let mut spelled: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for (key, group) in &groups {
        if !key.contains(' ') || vote_kind(group, mention) == ActorKind::Person {
            continue;
        }
        for &at in &group.occurrences {
            if let Some(letters) = initials(&mention(at).name) {
                spelled.entry(letters).or_default().insert(key.as_str());
            }
        }
    }
    let moves: Vec<(String, String)> = groups
        .iter()
        .filter_map(|(key, group)| {
            let written = &mention(*group.occurrences.first()?).name;
            let all_initials = group.occurrences.iter().all(|&at| {
                let name = &mention(at).name;
                LETTERS.contains(&name.chars().count())
                    && name.chars().all(|c| c.is_ascii_uppercase())
            });
            if !all_initials || gazetteer::lookup(written).is_some() {
                return None;
            }
            match spelled.get(written.as_str())?.iter().collect::<Vec<_>>()[..] {
                [one] if !editor_placed(key, one) => Some((key.clone(), one.to_string())),
                _ => None,
            }
        })
        .collect();
    for found in moves {
        let reason = "initials of a name the corpus uses";
        merge_listed(&mut groups, found, reason, mention, uncertain);
    }
    groups
}

/// The initials of a name's capitalised words ("The Varn Review" → "TVR"), when it has at
/// least as many as `LETTERS` asks.
fn initials(name: &str) -> Option<String> {
    let letters: String = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    LETTERS
        .contains(&letters.chars().count())
        .then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_take_the_capitalised_words() {
        assert_eq!(initials("The Varn Review").as_deref(), Some("TVR"));
        assert_eq!(
            initials("Guild of Tessin Harbour Pilots").as_deref(),
            Some("GTHP")
        );
        assert_eq!(initials("Varn Review"), None);
    }
}
