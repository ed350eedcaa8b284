//! Events: a name after "Exercise" or "Operation", a named storm ("Hurricane Katrina"), a
//! tournament's name ("German Open"), a name-year ("Zhetysu-2019"), or a name followed by an
//! exercise noun ("Steppe Eagle drills").

use super::{Reader, ZoneNames};
use crate::extract::text::TokenKind;
use crate::facts::EntityKind;

/// The beginnings of compass words ("Southwest", "Eastern", "Northeastern").
const COMPASS_WORDS: [&str; 4] = ["North", "South", "East", "West"];

/// The words that name a storm before its given name ("Hurricane Katrina").
pub(crate) const STORM_WORDS: [&str; 4] = ["Storm", "Hurricane", "Typhoon", "Cyclone"];

/// The head word that ends a tournament's, a prize's, a festival's or a fair's name ("German
/// Open", "Asian Games", "Italian Grand Prix", "Turner Prize").
pub(crate) fn is_tournament_head(word: &str) -> bool {
    matches!(
        word,
        "Open"
            | "Masters"
            | "Classic"
            | "Cup"
            | "Championship"
            | "Championships"
            | "Games"
            | "Trophy"
            | "Invitational"
            | "Prix"
            | "Awards"
            // "Frankfurt Book Fair", "Google Science Fair".
            | "Fair"
            // "Stirling Prize", "Turner Prize", "Cannes Film Festival".
            | "Prize"
            | "Award"
            | "Festival"
            // "Masters Tournament".
            | "Tournament"
            // "Venice Biennale", "Edinburgh Festival Fringe", "BBC Proms", "Henley Royal
            // Regatta", "Kentucky Derby", "Dakar Rally", "Super Bowl", "Fields Medal".
            | "Biennale"
            | "Biennial"
            | "Triennale"
            | "Fringe"
            | "Proms"
            | "Regatta"
            | "Derby"
            | "Rally"
            | "Bowl"
            | "Stakes"
            | "Medal"
            // "Suez Crisis", "Cuban Missile Crisis".
            | "Crisis"
            // "Athens Olympics", "London Marathon", "Zurich Premiership".
            | "Olympics"
            | "Paralympics"
            | "Marathon"
            | "Premiership"
            // "EU-Japan Summit", "Munich Security Conference": a gathering named is an event
            // (an unnamed "summit" or "conference" in lower case is none).
            | "Summit"
            | "Conference"
    ) || TALKS_HEADS.contains(&word)
}

/// "Six-Party Talks", "Strategic and Economic Dialogue", "Ministerial Consultations": the
/// last words of talks named, gatherings as summits are.
pub(super) const TALKS_HEADS: [&str; 3] = ["Talks", "Dialogue", "Consultations"];

impl<'a> Reader<'a> {
    /// "Exercise Steppe Eagle", "Operation Harbour Gate": the chunk `a..b` names an exercise
    /// or an operation by its cue word and more, whatever place word the rest holds.
    pub(super) fn names_an_operation(&self, a: usize, b: usize) -> bool {
        matches!(self.word(a), "Exercise" | "Operation" | "Exercises") && b - a >= 2
    }

    pub(super) fn event_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let first = self.word(a);
        if self.names_an_operation(a, b) {
            let mut end = b;
            if self.tokens.get(b).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 4
            }) {
                end = b + 1;
            }
            let name = self.span_text(a + 1, end).to_owned();
            self.push(out, a + 1, end, EntityKind::Event, name);
            return true;
        }
        // "Storm Desmond", "Hurricane Katrina", "Tropical Storm Allison": a named storm.
        let storm = |k: usize| STORM_WORDS.contains(&self.word(k));
        if (b - a == 2 && storm(a)) || (b - a == 3 && self.word(a) == "Tropical" && storm(a + 1)) {
            self.push(out, a, b, EntityKind::Event, self.key(a, b).into_owned());
            return true;
        }
        // "German Open", "Asian Games", "Davis Cup", "Italian Grand Prix": a tournament's head
        // word ends the name.
        let conference = self.word(b - 1) == "Conference";
        let gathering =
            conference || self.word(b - 1) == "Summit" || TALKS_HEADS.contains(&self.word(b - 1));
        // ("United Nations Conference on Trade and Development", "Conference of Presidents":
        // a body's name goes on.)
        let name_goes_on = gathering && self.lowercase_word_in(b, &["on", "of", "for"]);
        // ("Italian Episcopal Conference", "Southwest Conference": a body of bishops, a league
        // of a region's colleges.)
        let standing_body = conference
            && (a..b - 1).any(|k| {
                let w = self.word(k);
                matches!(w, "Episcopal" | "Bishops" | "Athletic")
                    || COMPASS_WORDS.iter().any(|c| w.starts_with(c))
            });
        // ("G7 Ise-Shima Summit", "EU-Japan Summit": the listed body that holds it is named,
        // and read, instead.)
        let held_by_a_body = gathering
            && (self.lex.organizations.contains_key(first)
                || first
                    .split('-')
                    .next()
                    .is_some_and(|part| self.lex.organizations.contains_key(part)));
        let no_event = name_goes_on || standing_body || held_by_a_body;
        let tournament = is_tournament_head(self.word(b - 1)) && !no_event;
        // Not "Tom Masters"; but "German Open" ("German" is a given name too) and "Bob Hope
        // Classic", named after someone.
        // (A prize or a cup named after someone is still the prize: "Turner Prize"; no one's
        // surname is "Marathon": "London Marathon".)
        let persons_name = b - a == 2
            && !matches!(
                self.word(b - 1),
                "Prize"
                    | "Award"
                    | "Festival"
                    | "Cup"
                    | "Trophy"
                    | "Olympics"
                    | "Paralympics"
                    | "Marathon"
                    | "Premiership"
            )
            && self.lex.given_names.contains(first)
            && !self.lex.demonyms.contains_key(first);
        // (Talks are named at more length: "the Strategic and Economic Dialogue".)
        let longest = if gathering { 6 } else { 4 };
        if tournament && (2..=longest).contains(&(b - a)) && !persons_name {
            // ("the U.S.-Mongolia Partnership Dialogue": the initials a hyphen joins open it.)
            let start = self.start_with_initials_joined(a);
            if gathering && start < a {
                let name = self.span_text(start, b).to_owned();
                self.push(out, start, b, EntityKind::Event, name);
            } else {
                self.push(out, a, b, EntityKind::Event, self.key(a, b).into_owned());
            }
            return true;
        }
        // "Paris Air Show", "Tokyo Game Show", "Chelsea Flower Show": a place's name and a
        // trade's word before "Show" name a show of that trade there, not a person ("Paris",
        // "Chelsea" are given names too) nor a television programme, named after its host
        // ("The Graham Norton Show").
        if b - a == 3
            && self.word(b - 1) == "Show"
            && self.lex.is_capitalised_common_word(self.word(b - 2))
        {
            self.push(out, a, b, EntityKind::Event, self.key(a, b).into_owned());
            Self::mark(
                out,
                super::CUE,
                "a trade's word before \"Show\" (\"Paris Air Show\")",
            );
            return true;
        }
        if let Some(end) = self.war_end(a, b) {
            let name = self.span_text(a, end).to_owned();
            self.push(out, a, end, EntityKind::Event, name);
            return true;
        }
        if b - a == 1 && is_name_year(first) {
            self.push(out, a, b, EntityKind::Event, first.to_owned());
            return true;
        }
        let lone_sentence_opener = b - a == 1 && self.tokens[a].sentence_start;
        let only_places = (a..b).all(|i| {
            self.lex.demonyms.contains_key(self.word(i))
                || self.lex.places.contains_key(self.word(i))
        });
        let has_cue_word = (a..b)
            .any(|i| self.lex.org_cues.contains(self.word(i)) || self.lex.is_title(self.word(i)));
        let known_place = self.lex.places.contains_key(self.key(a, b).as_ref());
        if self.followed_by_event_noun(b)
            && !lone_sentence_opener
            && !known_place
            && !only_places
            && !has_cue_word
        {
            let mut end = b;
            if self.tokens.get(b).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 4
            }) {
                end = b + 1;
            }
            self.push(
                out,
                a,
                end,
                EntityKind::Event,
                self.span_text(a, end).to_owned(),
            );
            return true;
        }
        false
    }

    /// Where a war's, battle's or revolution's name read at `a..b` ends: "Iran-Iraq War",
    /// "Cold War", "World War II", "World War 2", "Battle of Mosul", "Siege of Sarajevo",
    /// "Iranian Revolution".
    fn war_end(&self, a: usize, b: usize) -> Option<usize> {
        let last = self.word(b - 1);
        if b - a >= 2
            && matches!(
                last,
                "War" | "Wars" | "Revolution" | "Uprising" | "Intifada"
            )
        {
            // "World War 2": the number follows the chunk.
            let numbered = last == "War"
                && self.tokens.get(b).is_some_and(|t| {
                    t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 1
                });
            return Some(if numbered { b + 1 } else { b });
        }
        if b - a >= 3 && self.word(b - 2) == "War" && matches!(last, "I" | "II" | "One" | "Two") {
            return Some(b);
        }
        let battle = matches!(self.word(a), "Battle" | "Siege");
        (battle && b - a >= 3 && self.word(a + 1) == "of" && !self.has_connector(a + 2, b))
            .then_some(b)
    }

    /// Up to two lowercase modifiers (or a closing quote), then "exercise", "drills"...
    pub(super) fn followed_by_event_noun(&self, b: usize) -> bool {
        let mut i = b;
        if self
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
        {
            i += 1;
        }
        if self
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('"' | '”' | '’')))
        {
            i += 1;
        }
        for _ in 0..3 {
            let Some(t) = self.tokens.get(i) else {
                return false;
            };
            // "Major League Baseball standings after games played": the noun must be the
            // name's own, with no grammar word between.
            if !t.is_word() || t.cap || self.is_function_word(i) {
                return false;
            }
            if self.lex.event_nouns.contains(&self.lower(i).as_ref()) {
                return true;
            }
            i += 1;
        }
        false
    }
}

fn is_name_year(word: &str) -> bool {
    let Some((name, number)) = word.rsplit_once('-') else {
        return false;
    };
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(char::is_alphabetic)
        // "Euro-96" is a year's; "CAC-40", "G-20", "DAX-30" (letters in capitals) are an
        // index's or a group's number.
        && (number.len() == 4 || (number.len() == 2 && name.chars().any(char::is_lowercase)))
        && number.bytes().all(|b| b.is_ascii_digit())
}
