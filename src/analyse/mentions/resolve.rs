//! Resolving a candidate run into mentions: forced capitals dropped, runs split where they
//! join two names, gazetteer names, titles and roles.

use super::doc::{is_ordinal, LineMode, Link, MAX_NAME_TOKENS};
use super::tokenise::Shape;
use super::{ActorKind, Via};
use super::{Doc, Found};
use crate::text::gazetteer::{self, Category, Entry};
use std::ops::Range;

impl Doc<'_> {
    pub(super) fn resolve_run(&self, run: Range<usize>) -> Vec<Found> {
        let Some(run) = self
            .drop_forced_capital(run)
            .and_then(|run| self.drop_leading_stop_words(run))
        else {
            return Vec::new();
        };
        // Capitals say nothing in headings; and a run longer than any name is a list or a
        // shout, where only known names are worth finding (this also bounds the work a run
        // can cause).
        if self.mode(run.start) != LineMode::Prose || run.len() > MAX_NAME_TOKENS {
            return self.known_names_only(run);
        }
        self.split_run(run)
            .into_iter()
            .flat_map(|part| self.resolve_part(part))
            .collect()
    }

    /// Drops the first word when its capital is only the sentence's ("However", "The", "In").
    fn drop_forced_capital(&self, run: Range<usize>) -> Option<Range<usize>> {
        let first = run.start;
        if self.tokens[first].sentence_start
            && self.is_forced_capital(run.clone())
            && !self.defines_acronym_after(run.clone())
        {
            return self.trim(first + 1..run.end);
        }
        Some(run)
    }

    /// Drops capitalised function words opening a run inside a sentence ("Of Mice"), except
    /// "The", which there belongs to the name ("band The Stooges").
    fn drop_leading_stop_words(&self, run: Range<usize>) -> Option<Range<usize>> {
        let mut start = run.start;
        while start < run.end && self.is_leading_function_word(start) {
            start += 1;
        }
        self.trim(start..run.end)
    }

    fn is_leading_function_word(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let the_inside_sentence = token.is("the") && !token.sentence_start;
        token.shape == Shape::Capitalised
            && crate::text::lexicon::is_stop_word(&token.text)
            && !the_inside_sentence
    }

    fn is_forced_capital(&self, run: Range<usize>) -> bool {
        let token = &self.tokens[run.start];
        let word = token.text.as_str();
        if self.longest_entry(run.start, run.end).is_some()
            || self.title_len(run.clone()) > 0
            || gazetteer::is_given_name(word)
            || token.shape == Shape::Acronym
            // A capital after the first ("ISAF-North", "McAllister") is the name's own.
            || word.chars().skip(1).any(char::is_uppercase)
        {
            return false;
        }
        if gazetteer::is_common_word(word) || gazetteer::is_generic(word) {
            return true;
        }
        // "Carmaker ACME said": a noun saying what the acronym after it names.
        let acronym_next = run.len() > 1 && self.tokens[run.start + 1].shape == Shape::Acronym;
        if acronym_next && gazetteer::is_organisation_noun(&word.to_lowercase()) {
            return true;
        }
        if self.capitalised_mid_sentence.contains(word) {
            return false;
        }
        // An adverb ("Relatedly") or a lone unknown word opening a sentence is more often an
        // ordinary word than a name, unless the context says it is a person.
        gazetteer::is_english_word(word)
            || (word.ends_with("ly") && word.chars().count() > 4)
            || self.lower_seen.contains(&word.to_lowercase())
            || (run.len() == 1 && self.person_context(run).is_none())
    }

    /// In headings and all-caps lines capitals say nothing: only gazetteer names and
    /// acronyms count.
    fn known_names_only(&self, run: Range<usize>) -> Vec<Found> {
        let mut found = Vec::new();
        let mut i = run.start;
        while i < run.end {
            if let Some((len, entry)) = self.longest_entry(i, run.end) {
                let ambiguous =
                    self.mode(i) == LineMode::AllCaps && gazetteer::is_common_word(self.text(i));
                if !ambiguous {
                    found.push(self.gazetteer_found(i..i + len, entry));
                }
                i += len;
                continue;
            }
            if self.mode(i) == LineMode::Heading && self.tokens[i].shape == Shape::Acronym {
                found.extend(self.acronym_found(i));
            }
            i += 1;
        }
        found
    }

    /// The longest gazetteer phrase starting at `start` and ending by `end`.
    pub(super) fn longest_entry(&self, start: usize, end: usize) -> Option<(usize, Entry)> {
        if self.is_connector(start) {
            return None;
        }
        let longest = gazetteer::longest_phrase_words().min(end - start);
        (1..=longest).rev().find_map(|len| {
            let range = start..start + len;
            if self.is_connector(range.end - 1) {
                return None;
            }
            gazetteer::lookup(&self.phrase(range)).map(|entry| (len, entry))
        })
    }

    pub(super) fn entry(&self, range: Range<usize>) -> Option<Entry> {
        self.longest_entry(range.start, range.end)
            .filter(|(len, _)| *len == range.len())
            .map(|(_, entry)| entry)
    }

    fn gazetteer_found(&self, range: Range<usize>, entry: Entry) -> Found {
        let kind = match entry.category {
            Category::Country | Category::Demonym => ActorKind::State,
            Category::Organisation => ActorKind::Organisation,
            Category::Capital | Category::City | Category::Region => ActorKind::Place,
        };
        let via = if entry.category == Category::Demonym {
            Via::Demonym
        } else if range.len() == 1 && gazetteer::is_listed_acronym(self.text(range.start)) {
            Via::Acronym
        } else {
            Via::Name
        };
        Found {
            via,
            canonical: Some(entry.name),
            ..Found::new(range, kind, entry.evidence())
        }
    }

    /// An unknown acronym: most acronyms in news name organisations.
    pub(super) fn acronym_found(&self, i: usize) -> Option<Found> {
        if self.is_title_word(i) || !self.is_acronym_name(i) {
            return None;
        }
        Some(Found {
            via: Via::Acronym,
            ..Found::new(i..i + 1, ActorKind::Organisation, "acronym")
        })
    }

    /// Splits a run at the connectors that join two names rather than make one.
    fn split_run(&self, run: Range<usize>) -> Vec<Range<usize>> {
        let mut parts = Vec::new();
        let mut start = run.start;
        let mut i = run.start;
        while i < run.end {
            let Some(link) = self.link(i) else {
                i += 1;
                continue;
            };
            let mut after = i + 1;
            while after < run.end && self.is_connector(after) {
                after += 1;
            }
            if self.splits_at(link, start..i, after - i, after..run.end) {
                parts.push(start..i);
                start = after;
            }
            i = after;
        }
        parts.push(start..run.end);
        parts
    }

    /// Whether a run splits at a connector (`links` words long) between `left` and `right`.
    fn splits_at(&self, link: Link, left: Range<usize>, links: usize, right: Range<usize>) -> bool {
        if self.known_name_spans(left.clone(), right.clone()) {
            return false;
        }
        match link {
            Link::Particle | Link::The => false,
            // "Jana Novak & Ivan Petrov" and "Rugby League & West Coast Eagles" are two;
            // "Marks & Spencer" is one.
            Link::Ampersand => {
                let headed_left = gazetteer::organisation_head(self.text(left.end - 1)).is_some();
                self.is_person_like(left) || (headed_left && right.len() >= 2)
            }
            // "the Institute and the Museum": "the" starts a new name.
            Link::And => links > 1 || !self.joins_across_and(left, right),
            // "Jana Novak of Reuters" and "Oakland Athletics of Major League Baseball" are
            // two names; "Bank of Russia" is one.
            Link::Of => self.is_person_like(left.clone()) || self.of_joins_two_names(left, right),
            // "Centre for Strategic Studies", "Committee on Foreign Affairs" are one name;
            // "Swiss Super League for FC Basel" is two.
            Link::For | Link::On => {
                let last = left.end - 1;
                let heads_left = gazetteer::organisation_head(self.text(last)).is_some()
                    || gazetteer::title(self.text(last)).is_some();
                !heads_left || self.is_complete_name(right)
            }
        }
    }

    /// "and" makes one name when a known name spans it ("Bosnia and Herzegovina"), or when
    /// the name is built around it ("Ministry of Roads and Bridges", "Food and Drug
    /// Administration") and neither neighbour is a name on its own; a company's legal form
    /// ends its name ("Acme AG and Borel LLC").
    fn joins_across_and(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let before = left.end - 1;
        let stands_alone = |i: usize| {
            gazetteer::lookup(self.text(i)).is_some() || gazetteer::is_given_name(self.text(i))
        };
        if stands_alone(before)
            || stands_alone(right.start)
            || gazetteer::is_legal_suffix(self.text(before))
        {
            return false;
        }
        if self.pairs_everyday_words(left.clone(), right.clone()) {
            return true;
        }
        // "Secretary of Commerce Jana Veld and Secretary of the Interior Ivo Lind": a title
        // after the "and" starts a second person's name.
        let given_name_left = left.clone().any(|i| gazetteer::is_given_name(self.text(i)));
        if given_name_left && gazetteer::title(self.text(right.start)).is_some() {
            return false;
        }
        let last = right.end - 1;
        // "Lake County and Bay County", "X Service and Y Service": one head-word ending both
        // sides ends two names.
        let head = |i: usize| {
            gazetteer::organisation_head(self.text(i)).is_some()
                || gazetteer::place_head_last(self.text(i)).is_some()
        };
        if left.len() >= 2 && right.len() >= 2 && head(last) && self.text(before) == self.text(last)
        {
            return false;
        }
        let built_with_of = left
            .clone()
            .any(|i| matches!(self.link(i), Some(Link::Of | Link::For | Link::On)));
        let headed = gazetteer::organisation_head(self.text(last)).is_some()
            || gazetteer::place_head_last(self.text(last)).is_some();
        built_with_of || headed
    }

    /// "Halvor Defence and Space": a name that goes on after its first word with an everyday
    /// word, paired by "and" with one more, names one thing; two names joined by "and" do
    /// not end and start with everyday words.
    fn pairs_everyday_words(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let everyday = |i: usize| {
            self.tokens[i].shape == Shape::Capitalised
                && gazetteer::is_english_word(self.text(i))
                && !gazetteer::is_generic(self.text(i))
                && gazetteer::lookup(self.text(i)).is_none()
        };
        left.len() >= 2
            && right.len() == 1
            && !everyday(left.start)
            && everyday(left.end - 1)
            && everyday(right.start)
            && !self.is_person_like(left)
    }

    fn known_name_spans(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let longest = gazetteer::longest_phrase_words();
        left.clone().any(|start| {
            (right.start + 1..=right.end)
                .filter(|&end| end - start <= longest)
                .any(|end| gazetteer::lookup(&self.phrase(start..end)).is_some())
        })
    }

    /// A title and a name, or two or more words starting with a given name; no head-word.
    fn is_person_like(&self, range: Range<usize>) -> bool {
        let titled = self.title_len(range.clone());
        let name = range.start + titled..range.end;
        !name.is_empty()
            && (titled > 0 || name.len() >= 2)
            && gazetteer::is_given_name(self.text(name.start))
            && !self.has_head_word(range)
    }

    /// "<Name> of <Name>" where the left is a plain name that neither heads nor titles what
    /// follows ("Oakland Athletics", "Theriault") and the right a complete name.
    fn of_joins_two_names(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let last = self.text(left.end - 1);
        let plain_left = left.clone().all(|i| !self.is_connector(i))
            && gazetteer::organisation_head(last).is_none()
            && gazetteer::place_head_last(last).is_none()
            && gazetteer::place_head_first(last).is_none()
            && !self.is_title_word(left.end - 1)
            && !self.is_role_word(left.end - 1)
            && !gazetteer::is_generic(last);
        plain_left && self.is_complete_name(right)
    }

    /// A name that stands on its own after a connector: headed ("FC Basel", "Liberal Party"),
    /// a known name followed by more ("St. Louis Eagles"), a known multi-word name, or an
    /// acronym.
    fn is_complete_name(&self, right: Range<usize>) -> bool {
        let Some(right) = self.trim(right) else {
            return false;
        };
        let known = self.longest_entry(right.start, right.end);
        (right.len() >= 2 && self.has_head_word(right.clone()))
            || known.is_some_and(|(len, _)| len >= 2 || len < right.len())
            || (right.len() == 1 && self.tokens[right.start].shape == Shape::Acronym)
    }

    fn resolve_part(&self, part: Range<usize>) -> Vec<Found> {
        let Some(part) = self
            .trim(part)
            .and_then(|part| self.drop_bare_ordinal(part))
        else {
            return Vec::new();
        };
        if let Some(found) = self.split_shared_plural_head(part.clone()) {
            return found;
        }
        if let Some(entry) = self
            .entry(part.clone())
            .or_else(|| self.state_form(part.clone()))
        {
            return vec![self.gazetteer_found(part, entry)];
        }
        if let Some(found) = self.role_only(part.clone()) {
            return found;
        }
        if let Some(found) = self.split_after_legal_form(part.clone()) {
            return found;
        }
        if let Some(found) = self.split_leading_name(part.clone()) {
            return found;
        }
        if let Some(found) = self.split_known_names(part.clone()) {
            return found;
        }
        if let Some(found) = self.split_before_title(part.clone()) {
            return found;
        }
        if self.title_len(part.clone()) > 0 {
            return self.resolve_titled(part);
        }
        if self.is_role_word(part.start) && self.link(part.start + 1) == Some(Link::Of) {
            // "Fellow of the Royal Society", "Member of Parliament": a role, not a name.
            return self.resolve_title_of(part.clone(), part.start + 1);
        }
        if let Some(found) = self.split_before_given_name(part.clone()) {
            return found;
        }
        self.classify(part).into_iter().collect()
    }

    /// "Foreign and Justice Ministries", "Tessin and Varn Universities": a plural head-word
    /// after an "and" ends both names, so the part is two bodies, each named in the
    /// singular ("Foreign Ministry", "Justice Ministry"). Only plain capitalised words stand
    /// before the head on either side (no known name, given name or other head-word).
    fn split_shared_plural_head(&self, part: Range<usize>) -> Option<Vec<Found>> {
        let last = part.end - 1;
        let singular = singular_head(self.text(last))?;
        let evidence = gazetteer::organisation_head(&singular)?;
        let mut connectors = part.clone().filter(|&i| self.is_connector(i));
        let and = connectors.next()?;
        if connectors.next().is_some() || self.link(and) != Some(Link::And) {
            return None;
        }
        let (left, right) = (part.start..and, and + 1..last);
        let plain = |i: usize| {
            let word = self.text(i);
            self.tokens[i].shape == Shape::Capitalised
                && gazetteer::organisation_head(word).is_none()
                && gazetteer::lookup(word).is_none()
                && !gazetteer::is_given_name(word)
        };
        if left.is_empty() || right.is_empty() || !left.clone().chain(right.clone()).all(plain) {
            return None;
        }
        let body = |words: Range<usize>, tokens: Range<usize>| Found {
            joined_name: Some(format!("{} {singular}", self.source_text(words))),
            ..Found::new(tokens, ActorKind::Organisation, evidence)
        };
        Some(vec![
            body(left.clone(), left),
            body(right.clone(), right.start..part.end),
        ])
    }

    /// A state named by a word for its state or government, so that all its names are one
    /// actor: "Portuguese Republic", "Kenyan Government", "Kenya Government" (a demonym or
    /// country before the word), "Republic of Kenya", "Government of Kenya" (the word, "of",
    /// a country).
    fn state_form(&self, part: Range<usize>) -> Option<Entry> {
        if part.len() < 2 {
            return None;
        }
        let country_before = || self.entry(part.start..part.end - 1);
        let country_after_of = || {
            let mut start = part.start + 2;
            if self.link(start) == Some(Link::The) {
                start += 1;
            }
            self.entry(start.min(part.end)..part.end)
                .filter(|e| e.category == Category::Country)
        };
        let entry = if is_state_word(self.text(part.end - 1)) {
            country_before()
        } else if is_state_word(self.text(part.start))
            && self.link(part.start + 1) == Some(Link::Of)
        {
            country_after_of()
        } else {
            None
        }?;
        matches!(entry.category, Category::Country | Category::Demonym).then_some(Entry {
            category: Category::Country,
            ..entry
        })
    }

    /// An ordinal belongs to a name only with a head-word ("139th Airlift Wing").
    fn drop_bare_ordinal(&self, part: Range<usize>) -> Option<Range<usize>> {
        if is_ordinal(self.text(part.start)) && !self.has_head_word(part.clone()) {
            return self.trim(part.start + 1..part.end);
        }
        Some(part)
    }

    /// A role or another name run into a person's name: "County Coroner William Hale",
    /// "Brad Hardie Glen Jakovich". The name starts at a given name that does not follow
    /// another given name.
    fn split_before_given_name(&self, part: Range<usize>) -> Option<Vec<Found>> {
        if self.has_head_word(part.clone()) {
            return None;
        }
        let k = (part.start + 1..part.end).find(|&k| {
            self.tokens[k].shape == Shape::Capitalised
                && gazetteer::is_given_name(self.text(k))
                && !gazetteer::is_given_name(self.text(k - 1))
                && !self.is_connector(k - 1)
                && !gazetteer::is_saint_word(self.text(k - 1))
        })?;
        let (descriptor, name) = (part.start..k, k..part.end);
        if self.is_role_word(k - 1) {
            return Some(vec![self.titled_person(descriptor, name)]);
        }
        // Two full names run together, or a full name after a word no first name is: an
        // everyday word or an acronym ("Harbourmaster Jana Novak", "Rovers Jana Novak", "FB
        // Jana Novak"). Another single word may be a first name the list lacks ("Sirajuddin
        // Ahmad Khan"), so it stays.
        let describes = |i: usize| {
            self.tokens[i].shape == Shape::Acronym || gazetteer::is_english_word(self.text(i))
        };
        if name.len() < 2 || descriptor.len() < 2 && !describes(descriptor.start) {
            return None;
        }
        let person = Found::new(name, ActorKind::Person, "given name");
        Some(
            self.resolve_part(descriptor)
                .into_iter()
                .chain([person])
                .collect(),
        )
    }

    /// "Harbour Court Judge Jana Novak", "Tessin Senate President Jana Novak": a body's
    /// head-word, then a title and a name, is the body and its titled member, not one name.
    /// A head-word alone that also begins titles ("Council Member Jana Novak") is the title's.
    fn split_before_title(&self, part: Range<usize>) -> Option<Vec<Found>> {
        let title = (part.start + 1..part.end).find(|&k| {
            let head_alone =
                k - 1 == part.start && gazetteer::is_title_modifier(self.text(part.start));
            gazetteer::organisation_head(self.text(k - 1)).is_some()
                && !head_alone
                && self.title_len(k..part.end) > 0
        })?;
        if title + self.title_len(title..part.end) >= part.end {
            return None;
        }
        let mut found = self.resolve_part(part.start..title);
        found.extend(self.resolve_titled(title..part.end));
        Some(found)
    }

    /// "Acme Inc. CEO Jana Novak", "Acme LLC Jana Novak": a company's legal form ends its
    /// name, so what follows is another name.
    fn split_after_legal_form(&self, part: Range<usize>) -> Option<Vec<Found>> {
        let legal = |i: usize| gazetteer::is_legal_suffix(self.text(i));
        let end = (part.start + 1..part.end - 1)
            .find(|&i| legal(i) && !legal(i + 1) && !self.is_connector(i + 1))?;
        let mut found = self.resolve_part(part.start..end + 1);
        found.extend(self.resolve_part(end + 1..part.end));
        Some(found)
    }

    /// A known name or acronym before a title ("Russian President Jana Novak", "NATO
    /// Secretary General …"), or a demonym before words it does not head ("Afghan refugees"
    /// is lowercase, but "Japanese Punk Band" is not one name).
    fn split_leading_name(&self, part: Range<usize>) -> Option<Vec<Found>> {
        let (len, leading) = match self.longest_entry(part.start, part.end) {
            Some((len, entry)) => (
                len,
                self.gazetteer_found(part.start..part.start + len, entry),
            ),
            None => (1, self.acronym_found(part.start)?),
        };
        let rest = part.start + len..part.end;
        if rest.is_empty() || self.is_connector(rest.start) {
            return None;
        }
        let resolved = if self.title_len(rest.clone()) > 0 {
            self.resolve_titled(rest)
        } else if leading.via == Via::Demonym && !self.has_head_word(rest.clone()) {
            self.resolve_part(rest)
        } else {
            return None;
        };
        Some(std::iter::once(leading).chain(resolved).collect())
    }

    /// A run made only of known names ("Moscow Kremlin") is those names, unless the last
    /// heads the whole ("Ohio Senate").
    fn split_known_names(&self, part: Range<usize>) -> Option<Vec<Found>> {
        if self.has_head_word(part.clone()) {
            return None;
        }
        let mut found = Vec::new();
        let mut i = part.start;
        while i < part.end {
            let (len, entry) = self.longest_entry(i, part.end)?;
            found.push(self.gazetteer_found(i..i + len, entry));
            i += len;
        }
        (found.len() >= 2).then_some(found)
    }

    /// "Surgeon General", "Associate Dean", "U.S. Surgeon General": two words or more of a
    /// role and no one named (a country before it is still named). `None` when the part
    /// names someone.
    fn role_only(&self, part: Range<usize>) -> Option<Vec<Found>> {
        let known = self
            .longest_entry(part.start, part.end)
            .filter(|&(len, _)| len < part.len());
        let words = part.start + known.map_or(0, |(len, _)| len)..part.end;
        let last = part.end - 1;
        let role = words.len() >= 2
            && self.is_role_word(last)
            && words
                .clone()
                .all(|i| self.is_role_word(i) || (i < last && self.is_title_word(i)));
        role.then(|| {
            known
                .map(|(len, entry)| self.gazetteer_found(part.start..part.start + len, entry))
                .into_iter()
                .collect()
        })
    }

    fn has_head_word(&self, range: Range<usize>) -> bool {
        range
            .clone()
            .any(|i| gazetteer::organisation_head(self.text(i)).is_some())
            || gazetteer::place_head_last(self.text(range.end - 1)).is_some()
    }

    /// How many leading tokens form a title ("Deputy Foreign Minister"): title words and
    /// their modifiers, ending with a title word. Zero when the run does not start with one.
    fn title_len(&self, part: Range<usize>) -> usize {
        let mut len = 0;
        for (n, i) in part.enumerate() {
            let token = &self.tokens[i];
            if !matches!(token.shape, Shape::Capitalised | Shape::Acronym) {
                break;
            }
            if gazetteer::title(&token.text).is_some() {
                len = n + 1;
            } else if !gazetteer::is_title_modifier(&token.text) {
                break;
            }
        }
        len
    }

    /// A run that starts with a title: the title is the role of the person named after it.
    fn resolve_titled(&self, part: Range<usize>) -> Vec<Found> {
        let role_end = part.start + self.title_len(part.clone());
        let rest = role_end..part.end;
        if rest.is_empty() {
            return Vec::new();
        }
        // "Envoy for the Sahel", "Commissioner on Trade": the title goes on, and what follows
        // it is no person's name.
        if matches!(self.link(role_end), Some(Link::Of | Link::For | Link::On)) {
            return self.resolve_title_of(part, role_end);
        }
        if self.has_head_word(rest.clone()) {
            // "General Electric", "Prince Edward Island": the title word is part of the name.
            return self.classify(part).into_iter().collect();
        }
        if self.is_title_word(rest.end - 1) {
            // "Chief Operating Officer": the words after the first title finish the title.
            return Vec::new();
        }
        vec![self.titled_person(part.start..role_end, rest)]
    }

    fn titled_person(&self, role: Range<usize>, name: Range<usize>) -> Found {
        let evidence = role
            .clone()
            .rev()
            .find_map(|i| gazetteer::title(self.text(i)))
            .unwrap_or("context: role");
        let role = self
            .trim(role)
            .and_then(|role| self.without_honorifics(role))
            .map(|role| self.source_text(role));
        Found {
            role,
            ..Found::new(name, ActorKind::Person, evidence)
        }
    }

    /// A role without its honorifics ("Mr", "Dr"), which say how to address a person, not
    /// what the person does; `None` when nothing else is left.
    fn without_honorifics(&self, role: Range<usize>) -> Option<Range<usize>> {
        let honorific = |i: usize| is_honorific(self.text(i));
        let start = role.clone().find(|&i| !honorific(i))?;
        let end = role.clone().rev().find(|&i| !honorific(i))? + 1;
        Some(start..end)
    }

    /// "<Title> of …": "Minister of Foreign Affairs Jana Novak", "President of Russia Jana
    /// Novak", "Secretary of State" (a role, no one named) or "Prince of Wales" (a name).
    fn resolve_title_of(&self, part: Range<usize>, of: usize) -> Vec<Found> {
        let mut after = of + 1;
        if self.link(after) == Some(Link::The) {
            after += 1;
        }
        if let Some(name_start) =
            (after + 1..part.end).find(|&i| gazetteer::is_given_name(self.text(i)))
        {
            return vec![self.titled_person(part.start..name_start, name_start..part.end)];
        }
        if self.has_head_word(after..part.end) {
            // "Secretary of the Department of Public Safety": a role, and the body named.
            return self.resolve_part(after..part.end);
        }
        let name_start = self
            .name_after_known_place(after, part.end)
            .or_else(|| self.name_after_modifiers(after, part.end));
        if let Some(name_start) = name_start {
            return vec![self.titled_person(part.start..name_start, name_start..part.end)];
        }
        if let Some((len, entry)) = self.longest_entry(after, part.end) {
            // "President of the United States": a role, but the state is named.
            return vec![self.gazetteer_found(after..after + len, entry)];
        }
        let noble = gazetteer::is_noble_title(self.text(part.start));
        if noble {
            return vec![Found::new(
                part.clone(),
                ActorKind::Person,
                gazetteer::title(self.text(part.start)).unwrap_or("title"),
            )];
        }
        Vec::new()
    }

    fn name_after_known_place(&self, after: usize, end: usize) -> Option<usize> {
        let (len, _) = self.longest_entry(after, end)?;
        let start = after + len;
        (start < end && self.is_name_token(start)).then_some(start)
    }

    /// "Secretary of State Jana Novak": the name after the department's modifiers, if it has
    /// two or more words that are not everyday words ("Minister of Energy and Water" names
    /// no one).
    fn name_after_modifiers(&self, after: usize, end: usize) -> Option<usize> {
        let start = (after..end)
            .find(|&i| !gazetteer::is_title_modifier(self.text(i)) && !self.is_connector(i))?;
        let name_like = end - start >= 2
            && (start..end)
                .all(|i| self.is_name_token(i) && !gazetteer::is_english_word(self.text(i)));
        (start > after && name_like).then_some(start)
    }
}

/// Words that, with a country or its demonym, name the state itself.
fn is_state_word(word: &str) -> bool {
    matches!(
        word,
        "Republic" | "Federation" | "Kingdom" | "Confederation" | "Commonwealth" | "Government"
    )
}

/// Honorifics: how a person is addressed, never a role; among them the religious ones of
/// address and learning ("Mullah", "Mawlavi", "Haji").
fn is_honorific(word: &str) -> bool {
    const HONORIFICS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Mister", "Dr", "Sir", "Dame", "Madame", "Madam",
        "Monsieur", "Mme", "Messrs", "Herr", "Frau", "Señor", "Señora", "Haji", "Hajji", "Mullah",
        "Mawlavi", "Mawlawi", "Maulvi", "Maulana", "Ustad", "Sayyid", "Seyed", "Doctor",
    ];
    let bare = word.strip_suffix('.').unwrap_or(word);
    HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(bare))
}

/// The singular of a plural organisation head-word ("Ministries" → "Ministry"), when that is
/// a head-word too.
fn singular_head(word: &str) -> Option<String> {
    let singular = match word.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => word.strip_suffix('s')?.to_string(),
    };
    gazetteer::organisation_head(&singular).map(|_| singular)
}
