//! The facts extracted from an article: entities with their mentions, dates and quotes.
//!
//! These types are the contract between the extraction engine (`extract`), the search index,
//! the facts panel and the body highlighter. Every span is a char range into the article text.

use crate::date::DayRange;
use crate::span::Span;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
    Event,
    Date,
}

impl EntityKind {
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Event => "event",
            EntityKind::Date => "date",
        }
    }

    /// The kind a [`EntityKind::label`] names (as the index's `entities.kind` holds it).
    pub fn from_label(label: &str) -> Option<EntityKind> {
        Some(match label {
            "person" => EntityKind::Person,
            "place" => EntityKind::Place,
            "organization" => EntityKind::Organization,
            "event" => EntityKind::Event,
            "date" => EntityKind::Date,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceType {
    Country,
    City,
    Region,
    Facility,
    Other,
}

/// One real-world person, place, organisation or event, merged over all its mentions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// The fullest form of the name in the text; the key that links articles.
    pub canonical: String,
    /// Every place the text names it, in text order.
    pub mentions: Vec<Span>,
    /// People only: the office or occupation the text gives.
    pub role: Option<String>,
    /// Places only.
    pub place_type: Option<PlaceType>,
}

/// A date expression with its normalised value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateFact {
    pub text: String,
    pub span: Span,
    /// ISO 8601 (`2019-06-27`, `--07-16`, `2019-06-17/2019-06-28`), or `None` when only relative.
    pub value: Option<String>,
    pub relative: bool,
    /// The days it means, read with the article's publication date: "Tuesday" in an article of
    /// Wednesday 4 March 2015 is 2015-03-03. `None` where the text and that date leave it open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<DayRange>,
}

impl DateFact {
    /// What the date is listed and looked up by: its value when that has a year, else the days
    /// the publication date gives it ("last year", "Last October"), else a yearless value.
    pub fn key(&self) -> Option<String> {
        let dated = self.value.as_deref().filter(|v| !v.starts_with("--"));
        dated
            .map(str::to_owned)
            .or_else(|| self.days.map(|days| days.iso()))
            .or_else(|| self.value.clone())
    }
}

/// A direct quotation and who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The speaker's canonical name, when a named speaker could be found.
    pub speaker: Option<String>,
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// The quoted words' range (inside the marks).
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// People, places, organisations and events.
    pub entities: Vec<Entity>,
    /// Date expressions in text order.
    pub dates: Vec<DateFact>,
    pub quotes: Vec<Quote>,
}

impl Facts {
    pub fn of_kind(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }
}
