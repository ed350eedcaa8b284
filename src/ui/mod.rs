//! The three-pane terminal reader. State lives in [`app::App`] and changes only in
//! [`app::App::update`]; the panes render it; [`runner`] connects it to a real terminal.
//!
//! Where later features plug in:
//! - a list filter typed after `/`: a [`app::Mode`] variant that takes the keys, and a
//!   [`app::ListFilter`] variant whose matches become `App::visible`;
//! - notes: a cursor or selection in the article is a char offset or [`crate::span::Span`];
//!   [`document::Document::line_of`] finds its line, and [`article_pane::styled_line`] paints
//!   spans the way it paints marks; note editors are [`app::Popup`]s on the popup stack.

pub mod app;
pub mod article_cursor;
pub mod article_pane;
pub mod config;
pub mod document;
pub mod facts_pane;
pub mod facts_view;
pub mod filter_input;
pub mod help;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod list_pane;
pub mod note_anchoring;
pub mod note_editor;
pub mod notes_overlay;
pub mod notes_ui;
pub mod notes_view;
pub mod reading_state;
pub mod render;
pub mod runner;
pub mod sanitize;
pub mod selection;
pub mod signals;
pub mod status_line;
pub mod terminal;
pub mod theme;
pub mod workers;

pub use app::{Action, App, Effect};
pub use runner::run;
