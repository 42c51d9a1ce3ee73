//! Verbs that name one action in other words: "delisted" and "removed from the list",
//! "detained" and "arrested", "outlawed" and "banned". Readers that compare actions across
//! sources compare them by the common verb, so two reports worded apart meet.

use crate::text::stem::stem;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Each group's first verb is the one the others are read as.
#[rustfmt::skip]
const SAME_ACTION: &[&[&str]] = &[
    &["remove", "delist", "deregister", "unlist"],
    &["arrest", "detain", "apprehend"],
    &["ban", "outlaw", "prohibit", "proscribe", "blacklist", "designate"],
    &["kill", "slay"],
    &["attack", "assault", "raid"],
    &["sign", "ink"],
    &["resign", "quit"],
];

/// The stem of the common verb for a stemmed verb ("delist" → "remov"), or the stem itself.
pub(crate) fn common_action(stemmed: &str) -> &str {
    static COMMON: OnceLock<HashMap<String, String>> = OnceLock::new();
    let common = COMMON.get_or_init(|| {
        SAME_ACTION
            .iter()
            .flat_map(|group| {
                let first = stem(group[0]);
                group.iter().map(move |verb| (stem(verb), first.clone()))
            })
            .collect()
    });
    common.get(stemmed).map_or(stemmed, String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_is_read_as_its_group_s_first_and_others_as_themselves() {
        assert_eq!(common_action(&stem("delisted")), stem("remove"));
        assert_eq!(common_action(&stem("outlawed")), stem("banned"));
        assert_eq!(common_action(&stem("flooded")), stem("flooded"));
    }
}
