//! The three-pane terminal reader. State lives in [`app::App`] and changes only in
//! [`app::App::update`]; [`render`] draws it; [`runner`] connects it to a real terminal: one
//! channel of [`Action`]s (the [`input`] thread, the [`signals`] thread, every background job
//! in [`workers`]) that the loop blocks on. `ARCHITECTURE.md` has the whole picture.
//!
//! Where later features plug in (`ARCHITECTURE.md` says more):
//! - a view: a module with its state, its keys and its drawing that never imports [`app`]:
//!   [`filter_input::SearchFilter`] returns what the app must do from `key`;
//!   [`notes_ui::NotesUi`] is lent what it needs of the reader ([`notes_ui::Around`]) and
//!   answers with a [`notes_ui::NotesReply`]; app-wide popups are [`app::Popup`]s;
//! - a background job: a [`crate::jobs`] job started in [`runner`] through [`workers::spawn`],
//!   asked with an [`Effect`] and answering with an [`Action`];
//! - a position in the article is a char offset or [`crate::span::Span`];
//!   [`document::Document::line_of`] finds its line, and [`article_pane::styled_line`] paints
//!   spans the way it paints marks.
//!
//! Modules import each other in one direction, checked by `tests/ui_import_graph.rs`.

pub mod action;
pub mod app;
pub mod archive_views;
pub mod archive_views_draw;
pub mod article_cursor;
pub mod article_find;
pub mod article_pane;
pub mod clipboard;
pub mod config;
pub mod document;
pub mod facts_pane;
pub mod facts_view;
pub mod filter_input;
pub mod help;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod line_input;
pub mod list_order;
pub mod list_pane;
pub mod marks;
pub mod note_anchoring;
pub mod note_editor;
pub mod notes_overlay;
pub mod notes_ui;
pub mod notes_view;
pub mod open_article;
pub mod pane_frame;
pub mod reading_state;
pub mod render;
pub mod runner;
pub mod sanitize;
pub mod selection;
pub mod signals;
pub mod status_line;
pub mod terminal;
pub mod theme;
pub mod worker;
pub mod workers;

pub use app::{Action, App, Effect};
pub use runner::run;
