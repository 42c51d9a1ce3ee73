//! One person's longer and shorter full names across the corpus: "Jana K. Lind" or "Jana
//! Maria Lind" beside "Jana Lind" (a middle name or initial), "Harbourmaster Jana Lind" beside
//! "Jana Lind" (a word run into the name before its given name). The longer form joins the
//! shorter one's group, and the merge is listed for the editor.

use super::{display_name, full_names_of_people, move_group, At, Group, UncertainMerge};
use crate::analyse::mentions::Mention;
use crate::text::gazetteer;
use std::collections::{BTreeMap, BTreeSet};

/// How a longer name relates to the shorter one it joins.
#[derive(Clone, Copy, PartialEq)]
enum Longer {
    /// "jana k lind" → "jana lind". Which of the two names the page keeps is the corpus's
    /// usual one.
    MiddleName,
    /// "harbourmaster jana lind" → "jana lind": the word before is no part of the name.
    LeadingWord,
}

/// Folds each person's longer full-name groups into the shorter full name the corpus also
/// uses. A middle name or initial joins only when one longer form has that shorter name
/// ("Jana K. Lind" and "Jana P. Lind" may be mother and daughter, so "Jana Lind" stays apart
/// from both). A chain of forms is left to the editor.
pub(super) fn fold_longer_person_names<'g>(
    mut groups: BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Group> {
    let people: BTreeSet<&str> = full_names_of_people(&groups, mention).into_iter().collect();
    let mut shorter_of: BTreeMap<&str, (String, Longer)> = BTreeMap::new();
    let mut middle_forms: BTreeMap<String, usize> = BTreeMap::new();
    for &key in &people {
        let words: Vec<&str> = key.split(' ').collect();
        let [first, second, .., last] = words.as_slice() else {
            continue;
        };
        let without_first = words[1..].join(" ");
        let leading_word = gazetteer::is_given_name(second)
            && !gazetteer::is_given_name(first)
            && people.contains(without_first.as_str());
        let without_middle = format!("{first} {last}");
        if leading_word {
            shorter_of.insert(key, (without_first, Longer::LeadingWord));
        } else if people.contains(without_middle.as_str()) {
            *middle_forms.entry(without_middle.clone()).or_default() += 1;
            shorter_of.insert(key, (without_middle, Longer::MiddleName));
        }
    }
    let moves: Vec<(String, String)> = shorter_of
        .iter()
        .filter(|(_, (shorter, how))| {
            !shorter_of.contains_key(shorter.as_str())
                && (*how == Longer::LeadingWord || middle_forms[shorter] == 1)
        })
        .map(|(&longer, (shorter, how))| {
            let size = |key: &str| groups[key].occurrences.len();
            // The usual form names the page; on a tie the fuller one.
            let keep_longer = *how == Longer::MiddleName && size(longer) >= size(shorter);
            let (from, to) = if keep_longer {
                (shorter.as_str(), longer)
            } else {
                (longer, shorter.as_str())
            };
            uncertain.insert(UncertainMerge {
                name: display_name(from, &groups[from], mention),
                other: display_name(to, &groups[to], mention),
                reason: match how {
                    Longer::MiddleName => "a full name with and without a middle name",
                    Longer::LeadingWord => "a word run into a full name",
                },
                merged: true,
            });
            (from.to_string(), to.to_string())
        })
        .collect();
    // A shorter name the page gave up ("jana lind" into "jana k lind") passes on what joins it.
    let mut moved_to: BTreeMap<String, String> = BTreeMap::new();
    for (from, mut to) in moves {
        while let Some(next) = moved_to.get(&to) {
            to = next.clone();
        }
        move_group(&mut groups, &from, to.clone());
        moved_to.insert(from, to);
    }
    groups
}
