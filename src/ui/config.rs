//! The reader's configuration: the defaults in `assets/config.toml`, overridden key by key by
//! the user's `$XDG_CONFIG_HOME/gazette/config.toml` (`~/.config/gazette/config.toml`).

use super::keymap::{Command, Context, KeyChord, KeyMaps};
use super::theme::{Theme, parse_color};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub theme: Theme,
    pub keys: KeyMaps,
    /// The widest the article's text is laid out, in columns (0: the pane's width).
    pub reading_width: u16,
}

/// The narrowest reading width a config may ask for (0 aside): narrower is a typo, not a wish.
const MIN_READING_WIDTH: u16 = 20;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    theme: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<String, Spanned<KeysEntry>>,
    #[serde(default)]
    reading: ReadingSection,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadingSection {
    max_width: Option<Spanned<u16>>,
}

/// An entry of `[keys]`: an action's keys (bound in every context), or a context's own table
/// (`[keys.article]`).
enum KeysEntry {
    Everywhere(OneOrMany),
    Context(BTreeMap<String, Spanned<OneOrMany>>),
}

impl<'de> Deserialize<'de> for KeysEntry {
    // By hand, not `untagged`: an untagged enum buffers its input, and the buffer loses the
    // spans the per-line messages need.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntryVisitor;
        impl<'de> serde::de::Visitor<'de> for EntryVisitor {
            type Value = KeysEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key, a list of keys, or a context's table of actions")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<KeysEntry, E> {
                Ok(KeysEntry::Everywhere(OneOrMany::One(key.to_owned())))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<KeysEntry, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = seq.next_element::<String>()? {
                    keys.push(key);
                }
                Ok(KeysEntry::Everywhere(OneOrMany::Many(keys)))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<KeysEntry, A::Error> {
                let mut table = BTreeMap::new();
                while let Some(name) = map.next_key::<String>()? {
                    let keys = map.next_value::<Spanned<OneOrMany>>()?;
                    table.insert(name, keys);
                }
                Ok(KeysEntry::Context(table))
            }
        }
        deserializer.deserialize_any(EntryVisitor)
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl Config {
    /// The built-in defaults (coloured unless `no_color`).
    pub fn defaults(no_color: bool) -> Config {
        let mut config = Config {
            theme: Theme::monochrome(),
            keys: KeyMaps::default(),
            reading_width: 0,
        };
        config
            .apply(DEFAULT_CONFIG, no_color, false)
            .expect("the bundled assets/config.toml is valid");
        config
    }

    /// Defaults overridden by `text`; on any error, the defaults and a message naming the line.
    pub fn from_user_text(text: &str, origin: &str, no_color: bool) -> (Config, Option<String>) {
        let mut config = Config::defaults(no_color);
        match config.apply(text, no_color, true) {
            Ok(notices) if notices.is_empty() => (config, None),
            Ok(notices) => (config, Some(format!("{origin}: {}", notices.join("; ")))),
            Err(error) => (
                Config::defaults(no_color),
                Some(format!(
                    "{origin}: {error}; using the default configuration"
                )),
            ),
        }
    }

    /// Reads the user's config file if there is one.
    pub fn load(path: Option<&Path>, no_color: bool) -> (Config, Option<String>) {
        let Some(path) = path else {
            return (Config::defaults(no_color), None);
        };
        match std::fs::read_to_string(path) {
            Ok(text) => Config::from_user_text(&text, &path.display().to_string(), no_color),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                (Config::defaults(no_color), None)
            }
            Err(error) => (
                Config::defaults(no_color),
                Some(format!(
                    "{}: cannot be read ({error}); using the default configuration",
                    path.display()
                )),
            ),
        }
    }

    /// Applies `text` over this config; with `report_taken_keys`, says which keys it takes from
    /// other actions.
    fn apply(
        &mut self,
        text: &str,
        no_color: bool,
        report_taken_keys: bool,
    ) -> Result<Vec<String>, String> {
        let mut notices = Vec::new();
        let file: ConfigFile = toml::from_str(text).map_err(|e| describe_toml_error(text, &e))?;
        let mut theme = self.theme.clone();
        for (name, value) in &file.theme {
            let line = line_of(text, value.span().start);
            let color = parse_color(value.get_ref())
                .ok_or_else(|| format!("line {line}: `{}` is not a colour", value.get_ref()))?;
            if !theme.set(name, color) {
                return Err(format!(
                    "line {line}: `{name}` is not a theme colour (known: {})",
                    super::theme::THEME_KEYS.join(", ")
                ));
            }
        }
        let mut reading_width = self.reading_width;
        if let Some(width) = &file.reading.max_width {
            let value = *width.get_ref();
            if value != 0 && value < MIN_READING_WIDTH {
                return Err(format!(
                    "line {}: `max_width = {value}` is too narrow to read: 0 (no limit) or at least {MIN_READING_WIDTH}",
                    line_of(text, width.span().start)
                ));
            }
            reading_width = value;
        }
        let mut keys = self.keys.clone();
        // Bindings for every context first, so a context's own table overrides them there.
        let everywhere = file
            .keys
            .iter()
            .filter_map(|(name, entry)| match entry.get_ref() {
                KeysEntry::Everywhere(keys) => Some((name, entry.span().start, keys)),
                KeysEntry::Context(_) => None,
            });
        let table = read_table(text, "[keys]", everywhere)?;
        let rebound: Vec<Command> = table.iter().map(|b| b.command).collect();
        for binding in table {
            if report_taken_keys {
                let heading = "[keys]";
                notices.extend(taken_keys(
                    &keys,
                    &Context::ALL,
                    &binding,
                    heading,
                    &rebound,
                ));
            }
            keys.bind_everywhere(binding.command, binding.chords);
        }
        for (name, entry) in &file.keys {
            let KeysEntry::Context(table) = entry.get_ref() else {
                continue;
            };
            let line = line_of(text, entry.span().start);
            let context = Context::from_name(name).ok_or_else(|| {
                format!("line {line}: `{name}` is neither an action nor a key context")
            })?;
            let heading = format!("[keys.{name}]");
            let entries = table
                .iter()
                .map(|(action, keys)| (action, keys.span().start, keys.get_ref()));
            let table = read_table(text, &heading, entries)?;
            let rebound: Vec<Command> = table.iter().map(|b| b.command).collect();
            for binding in table {
                if report_taken_keys {
                    // Against the defaults only: the file's own [keys] may be overridden here.
                    let defaults = &self.keys;
                    notices.extend(taken_keys(
                        defaults,
                        &[context],
                        &binding,
                        &heading,
                        &rebound,
                    ));
                }
                keys.bind(context, binding.command, binding.chords);
            }
        }
        if !no_color {
            self.theme = theme;
        }
        self.keys = keys;
        self.reading_width = reading_width;
        Ok(notices)
    }
}

/// One table of `[keys]`: each action with its keys. Two actions on one key in the same table
/// is an error naming both: one of them would silently lose the key.
fn read_table<'a>(
    text: &str,
    heading: &str,
    entries: impl IntoIterator<Item = (&'a String, usize, &'a OneOrMany)>,
) -> Result<Vec<Binding>, String> {
    // In file order, so a clash is reported on the line of its second binding.
    let mut entries: Vec<_> = entries.into_iter().collect();
    entries.sort_by_key(|(_, start, _)| *start);
    let mut taken: HashMap<KeyChord, &String> = HashMap::new();
    let mut table = Vec::new();
    for (name, start, value) in entries {
        let line = line_of(text, start);
        let command = Command::from_name(name)
            .ok_or_else(|| format!("line {line}: `{name}` is not an action"))?;
        let names = match value {
            OneOrMany::One(one) => std::slice::from_ref(one),
            OneOrMany::Many(many) => many.as_slice(),
        };
        let mut chords = Vec::new();
        for key in names {
            let chord =
                KeyChord::parse(key).ok_or_else(|| format!("line {line}: `{key}` is not a key"))?;
            match taken.insert(chord, name) {
                Some(other) if other != name => {
                    return Err(format!(
                        "line {line}: `{key}` is bound to both `{other}` and `{name}` in {heading}"
                    ));
                }
                _ => chords.push(chord),
            }
        }
        table.push(Binding {
            command,
            chords,
            line,
        });
    }
    Ok(table)
}

/// One action's keys as a table of the config gives them, and where.
struct Binding {
    command: Command,
    chords: Vec<KeyChord>,
    line: usize,
}

/// The keys `binding` takes from other actions in `contexts`, as notices: a key moved from one
/// action to another is easy to miss, and the other action may be left with no key. An action
/// the same table gives keys of its own (`rebound`) was rearranged on purpose: no notice.
fn taken_keys(
    keys: &KeyMaps,
    contexts: &[Context],
    binding: &Binding,
    heading: &str,
    rebound: &[Command],
) -> Vec<String> {
    let mut notices = Vec::new();
    for chord in &binding.chords {
        let in_use = |context: &&Context| !(context.takes_typing() && chord.types_a_char());
        let Some((context, previous)) = contexts
            .iter()
            .filter(in_use)
            .filter_map(|context| Some((*context, keys.owner(*context, chord)?)))
            .find(|(_, owner)| *owner != binding.command && !rebound.contains(owner))
        else {
            continue;
        };
        let left: Vec<String> = keys
            .keys_of(context, previous)
            .iter()
            .filter(|kept| !binding.chords.contains(kept))
            .map(KeyChord::label)
            .collect();
        let remaining = if left.is_empty() {
            "which has no key left there".to_owned()
        } else {
            format!("which keeps {}", left.join(", "))
        };
        notices.push(format!(
            "line {}: `{}` in {heading} takes the key of `{}` in {} ({remaining})",
            binding.line,
            chord.label(),
            previous.name(),
            context.label(),
        ));
    }
    notices
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn describe_toml_error(text: &str, error: &toml::de::Error) -> String {
    let message = error.message().trim_end_matches('\n');
    match error.span() {
        Some(span) => format!("line {}: {message}", line_of(text, span.start)),
        None => message.to_owned(),
    }
}

/// `$XDG_CONFIG_HOME/gazette/config.toml`, else `~/.config/gazette/config.toml`, on every OS.
pub fn user_config_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let xdg = etcetera::base_strategy::Xdg::new().ok()?;
    Some(xdg.config_dir().join("gazette").join("config.toml"))
}

/// NO_COLOR (https://no-color.org): set and not empty.
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::style::Color;

    #[test]
    fn user_values_override_defaults_one_by_one() {
        let (config, warning) = Config::from_user_text(
            "[theme]\nperson = \"#ff0000\"\n[keys]\nquit = \"x\"\n",
            "test",
            false,
        );
        // Applied, and the key it took from another action said.
        assert_eq!(
            warning.as_deref(),
            Some(
                "test: line 4: `x` in [keys] takes the key of `delete_note` in the article \
                 (which keeps d)"
            )
        );
        assert_eq!(config.theme.person.fg, Some(Color::Rgb(255, 0, 0)));
        assert_eq!(config.theme.place, Config::defaults(false).theme.place);
        let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        // The flat `[keys]` table binds everywhere, as before contexts: even where a context's
        // default used `x` (delete-note in the article). Where keys type text, `x` and `j`
        // type.
        for context in Context::ALL {
            let (quit, down) = if context.takes_typing() {
                (None, None)
            } else {
                (Some(Command::Quit), Some(Command::Down))
            };
            assert_eq!(config.keys.command_for(context, &x), quit, "{context:?}");
            assert_eq!(config.keys.command_for(context, &q), None);
            assert_eq!(config.keys.command_for(context, &j), down, "{context:?}");
        }
    }

    #[test]
    fn delete_note_is_bound_only_where_notes_are() {
        let config = Config::defaults(false);
        let d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::NONE);
        assert_eq!(
            config.keys.command_for(Context::Article, &d),
            Some(Command::DeleteNote)
        );
        for context in [
            Context::List,
            Context::Facts,
            Context::Editor,
            Context::NotesView,
        ] {
            assert_eq!(config.keys.command_for(context, &d), None, "{context:?}");
        }
    }

    #[test]
    fn a_context_table_gives_a_key_another_meaning_there_only() {
        let (config, warning) = Config::from_user_text(
            "[keys]
toggle_facts = \"z\"
[keys.list]
top = \"z\"
",
            "test",
            false,
        );
        assert_eq!(warning, None);
        let t = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE);
        assert_eq!(
            config.keys.command_for(Context::List, &t),
            Some(Command::Top)
        );
        assert_eq!(
            config.keys.command_for(Context::Article, &t),
            Some(Command::ToggleFacts)
        );
    }

    #[test]
    fn two_actions_on_one_key_in_one_context_are_reported_naming_both() {
        for (text, line, table) in [
            (
                "[keys]
quit = \"z\"
help = [\"?\", \"z\"]
",
                "line 3",
                "[keys]",
            ),
            (
                "[keys.article]
bookmark = \"k\"
\ndelete_note = [\"k\"]
",
                "line 4",
                "[keys.article]",
            ),
        ] {
            let (config, warning) = Config::from_user_text(text, "cfg.toml", false);
            let warning = warning.expect(text);
            assert!(warning.starts_with("cfg.toml: "), "{warning}");
            assert!(warning.contains(line), "{text:?} gave {warning}");
            assert!(warning.contains(table), "{text:?} gave {warning}");
            let (first, second) = if table == "[keys]" {
                ("`help`", "`quit`")
            } else {
                ("`bookmark`", "`delete_note`")
            };
            assert!(
                warning.contains(first) && warning.contains(second),
                "{warning}"
            );
            assert_eq!(config, Config::defaults(false));
        }
    }

    #[test]
    fn bad_config_names_the_line_and_falls_back() {
        for (text, line) in [
            ("[keys]\n\nquit = \"hyper-q\"\n", "line 3"),
            ("[theme]\nplace = \"green\"\nperson = \"plaid\"\n", "line 3"),
            ("[keys]\nfly = \"x\"\n", "line 2"),
            ("[keys]\ndown = [\"j\"\n", "line 2"),
            ("[keys.pane]\ndown = \"j\"\n", "line 1"),
            ("[keys.article]\n\nfly = \"j\"\n", "line 3"),
            ("[reading]\n\nmax_width = 5\n", "line 3"),
            ("[reading]\nwidth = 80\n", "line 2"),
        ] {
            let (config, warning) = Config::from_user_text(text, "cfg.toml", false);
            let warning = warning.expect(text);
            assert!(warning.contains(line), "{text:?} gave {warning}");
            assert!(warning.starts_with("cfg.toml: "), "{warning}");
            assert_eq!(config, Config::defaults(false));
        }
    }

    #[test]
    fn a_key_taken_from_an_action_is_said_unless_the_action_was_rearranged_too() {
        let (_, warning) = Config::from_user_text("[keys]\nsort = \"j\"\n", "c", false);
        let warning = warning.expect("j was move down's");
        assert!(
            warning.contains("`j` in [keys] takes the key of `down`"),
            "{warning}"
        );
        assert!(warning.contains("which keeps ↓"), "{warning}");
        let (_, warning) = Config::from_user_text("[keys.article]\nyank = \"w\"\n", "c", false);
        assert!(warning.unwrap().contains("which has no key left there"));
        // Swapping two actions' keys on purpose is not a conflict.
        let swap = "[keys]\ndown = [\"k\", \"down\"]\nup = [\"j\", \"up\"]\n";
        assert_eq!(Config::from_user_text(swap, "c", false).1, None);
    }

    #[test]
    fn no_color_drops_every_colour() {
        let config = Config::defaults(true);
        assert_eq!(config.theme.person.fg, None);
        assert_eq!(config.theme, Theme::monochrome());
    }

    #[test]
    fn the_reading_width_is_read_and_zero_means_no_limit() {
        assert_eq!(Config::defaults(false).reading_width, 90);
        let (config, warning) = Config::from_user_text("[reading]\nmax_width = 0\n", "c", false);
        assert_eq!((config.reading_width, warning), (0, None));
    }
}
