//! Acronyms the text defines: "Long Name (ACR)", "ACR (Long Name)", "Long Name, or ACR",
//! and a branch's abbreviation with a letter for its own word: "Varn Liberation Front
//! Northern Wing (VLF-N)".

use super::Doc;

use super::tokenise::Shape;
use super::AcronymDefinition;
use crate::text::gazetteer;
use std::ops::Range;

impl Doc<'_> {
    pub(super) fn acronym_definitions(&self) -> Vec<AcronymDefinition> {
        let mut definitions: Vec<AcronymDefinition> = Vec::new();
        for i in 0..self.tokens.len() {
            if self.tokens[i].shape != Shape::Acronym {
                continue;
            }
            let expansion = self
                .expansion_before_brackets(i)
                .or_else(|| self.expansion_in_brackets(i))
                .or_else(|| self.expansion_before_alias(i));
            if let Some(expansion) = expansion {
                let definition = AcronymDefinition {
                    acronym: self.text(i).to_string(),
                    expansion: self.source_text(expansion),
                };
                if !definitions.contains(&definition) {
                    definitions.push(definition);
                }
            }
        }
        definitions
    }

    /// Whether the run is the expansion of an acronym defined right after it ("Northern Air
    /// Cargo (NAC)"), so its first word is a name even at a sentence's start.
    pub(super) fn defines_acronym_after(&self, run: Range<usize>) -> bool {
        let acronym = run.end + 1;
        self.tokens
            .get(acronym)
            .is_some_and(|t| t.shape == Shape::Acronym)
            && self
                .expansion_before_brackets(acronym)
                .is_some_and(|expansion| expansion.start <= run.start)
    }

    pub(super) fn letters(&self, i: usize) -> Vec<char> {
        self.text(i).chars().filter(|c| c.is_uppercase()).collect()
    }

    /// "Long Name (ACR)".
    fn expansion_before_brackets(&self, i: usize) -> Option<Range<usize>> {
        let open = i.checked_sub(1)?;
        let closed = self.tokens.get(i + 1).is_some_and(|t| t.text == ")");
        (self.text(open) == "(" && closed).then_some(())?;
        self.expansion_ending_at(open, &self.letters(i))
            .or_else(|| self.branch_expansion_ending_at(open, self.text(i)))
    }

    /// "Varn Liberation Front Northern Wing (VLF-N)": an abbreviation, a dash and a letter or
    /// two. The abbreviation before the dash often stands for the parent's name in another
    /// language or an older form, so only its first letter is asked of the first word; the
    /// letters after the dash must be the initials of the next words but the first that
    /// follow, and at most one word that says what kind of unit it is (a head-word) may end
    /// the name.
    fn branch_expansion_ending_at(&self, end: usize, acronym: &str) -> Option<Range<usize>> {
        let (parent, branch) = dashed_letters(acronym)?;
        let first = parent.chars().next().filter(|c| c.is_uppercase())?;
        let branch: Vec<char> = branch.chars().collect();
        if parent.chars().count() < 2 {
            return None;
        }
        let start = self.name_run_start(end);
        let words: Vec<usize> = (start..end).filter(|&k| self.is_name_token(k)).collect();
        let initial = |k: usize| self.text(k).chars().next();
        let spelled_at = |at: usize| {
            words.get(at..at + branch.len()).is_some_and(|run| {
                run.iter()
                    .zip(&branch)
                    .all(|(&k, &c)| initial(k) == Some(c))
            })
        };
        (0..words.len()).find_map(|from| {
            if initial(words[from]) != Some(first) {
                return None;
            }
            // The branch's words end the name, or one head-word follows them.
            let last = words.len().checked_sub(branch.len())?;
            let at_end = spelled_at(last);
            let before_head =
                last > 0 && spelled_at(last - 1) && self.is_unit_head(words[words.len() - 1]);
            let ends = [(last, at_end), (last.wrapping_sub(1), before_head)]
                .into_iter()
                .find(|&(at, spelled)| spelled && at > from + 1);
            ends.map(|_| words[from]..end)
        })
    }

    /// A word that says what kind of unit a name is: "Wing", "Province", "Branch".
    fn is_unit_head(&self, k: usize) -> bool {
        let word = self.text(k);
        gazetteer::organisation_head(word).is_some() || gazetteer::place_head_last(word).is_some()
    }

    /// "ACR (Long Name)".
    fn expansion_in_brackets(&self, i: usize) -> Option<Range<usize>> {
        let open = i + 1;
        (self.tokens.get(open)?.text == "(").then_some(())?;
        let close = (open + 1..self.tokens.len().min(open + 16)).find(|&k| self.text(k) == ")")?;
        let inside = open + 1..close;
        let all_words = inside
            .clone()
            .all(|k| self.is_name_token(k) || self.is_connector(k));
        (all_words && !inside.is_empty() && self.initials_match(&self.letters(i), inside.clone()))
            .then_some(inside)
    }

    /// "Long Name, or ACR" and "Long Name, (also) known as ACR".
    fn expansion_before_alias(&self, i: usize) -> Option<Range<usize>> {
        let word = |k: Option<usize>, w: &str| k.is_some_and(|k| self.tokens[k].is(w));
        let back = |k: usize| i.checked_sub(k);
        let comma = if word(back(1), "or") {
            back(2)
        } else if word(back(1), "as") && word(back(2), "known") {
            if word(back(3), "also") {
                back(4)
            } else {
                back(3)
            }
        } else {
            None
        }?;
        (self.text(comma) == ",").then_some(())?;
        self.expansion_ending_at(comma, &self.letters(i))
    }

    /// Where the run of name words and connectors that ends right before `end` starts.
    fn name_run_start(&self, end: usize) -> usize {
        let mut start = end;
        while start > 0
            && self.same_line(start - 1, end - 1)
            && (self.is_name_token(start - 1) || self.is_connector(start - 1))
        {
            start -= 1;
        }
        start
    }

    /// The longest run of name words ending right before `end` whose initials spell `letters`.
    fn expansion_ending_at(&self, end: usize, letters: &[char]) -> Option<Range<usize>> {
        let start = self.name_run_start(end);
        (start..end)
            .filter(|&s| self.is_name_token(s))
            .map(|s| s..end)
            .find(|range| self.initials_match(letters, range.clone()))
    }

    /// Whether the words' initials spell the acronym in order. Connectors may be skipped or
    /// used; a word may also give its inner capitals ("FedEx" → "FE").
    fn initials_match(&self, letters: &[char], words: Range<usize>) -> bool {
        let words: Vec<(bool, Vec<char>)> = words
            .map(|i| (self.is_connector(i), capitals(self.text(i))))
            .collect();
        !letters.is_empty() && spells(letters, &words)
    }
}

/// "Varn Popular Army-E" → ("Varn Popular Army", "E"): a name, a dash, one or two capitals.
pub fn dashed_letters(name: &str) -> Option<(&str, &str)> {
    let (parent, letters) = name.rsplit_once(super::tokenise::is_dash)?;
    let short =
        (1..=2).contains(&letters.chars().count()) && letters.chars().all(|c| c.is_uppercase());
    (short && !parent.is_empty()).then_some((parent, letters))
}

/// A word's initial (uppercased) followed by its inner capitals.
fn capitals(word: &str) -> Vec<char> {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let first = letters.next().into_iter().flat_map(char::to_uppercase);
    first.chain(letters.filter(|c| c.is_uppercase())).collect()
}

fn spells(letters: &[char], words: &[(bool, Vec<char>)]) -> bool {
    let Some(((connector, caps), rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if caps.is_empty() {
        return spells(letters, rest);
    }
    if *connector && spells(letters, rest) {
        return true;
    }
    (1..=caps.len()).rev().any(|take| {
        letters.len() >= take && letters[..take] == caps[..take] && spells(&letters[take..], rest)
    })
}

#[cfg(test)]
mod tests {
    use super::dashed_letters;

    #[test]
    fn a_branch_letter_is_one_or_two_capitals_after_a_dash() {
        assert_eq!(
            dashed_letters("Varn Popular Army-E"),
            Some(("Varn Popular Army", "E"))
        );
        assert_eq!(dashed_letters("VPLA–NE"), Some(("VPLA", "NE")));
        assert_eq!(dashed_letters("Kessel-Eastern"), None);
        assert_eq!(dashed_letters("Varn Popular Army"), None);
    }
}
