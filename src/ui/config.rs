//! The reader's configuration: the defaults in `assets/config.toml`, overridden key by key by
//! the user's `$XDG_CONFIG_HOME/gazette/config.toml` (`~/.config/gazette/config.toml`).

use super::keymap::{Command, KeyChord, KeyMap};
use super::theme::{Theme, parse_color};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub theme: Theme,
    pub keys: KeyMap,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    theme: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<String, Spanned<OneOrMany>>,
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
            keys: KeyMap::default(),
        };
        config
            .apply(DEFAULT_CONFIG, no_color)
            .expect("the bundled assets/config.toml is valid");
        config
    }

    /// Defaults overridden by `text`; on any error, the defaults and a message naming the line.
    pub fn from_user_text(text: &str, origin: &str, no_color: bool) -> (Config, Option<String>) {
        let mut config = Config::defaults(no_color);
        match config.apply(text, no_color) {
            Ok(()) => (config, None),
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

    fn apply(&mut self, text: &str, no_color: bool) -> Result<(), String> {
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
        let mut keys = self.keys.clone();
        for (name, value) in &file.keys {
            let line = line_of(text, value.span().start);
            let command = Command::from_name(name)
                .ok_or_else(|| format!("line {line}: `{name}` is not an action"))?;
            let names = match value.get_ref() {
                OneOrMany::One(one) => vec![one.clone()],
                OneOrMany::Many(many) => many.clone(),
            };
            let chords = names
                .iter()
                .map(|n| {
                    KeyChord::parse(n).ok_or_else(|| format!("line {line}: `{n}` is not a key"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            keys.bind(command, chords);
        }
        if !no_color {
            self.theme = theme;
        }
        self.keys = keys;
        Ok(())
    }
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
        assert_eq!(warning, None);
        assert_eq!(config.theme.person.fg, Some(Color::Rgb(255, 0, 0)));
        assert_eq!(config.theme.place, Config::defaults(false).theme.place);
        let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(config.keys.command_for(&x), Some(Command::Quit));
        assert_eq!(config.keys.command_for(&q), None);
        let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(config.keys.command_for(&j), Some(Command::Down));
    }

    #[test]
    fn bad_config_names_the_line_and_falls_back() {
        for (text, line) in [
            ("[keys]\n\nquit = \"hyper-q\"\n", "line 3"),
            ("[theme]\nplace = \"green\"\nperson = \"plaid\"\n", "line 3"),
            ("[keys]\nfly = \"x\"\n", "line 2"),
            ("[keys]\ndown = [\"j\"\n", "line 2"),
        ] {
            let (config, warning) = Config::from_user_text(text, "cfg.toml", false);
            let warning = warning.expect(text);
            assert!(warning.contains(line), "{text:?} gave {warning}");
            assert!(warning.starts_with("cfg.toml: "), "{warning}");
            assert_eq!(config, Config::defaults(false));
        }
    }

    #[test]
    fn no_color_drops_every_colour() {
        let config = Config::defaults(true);
        assert_eq!(config.theme.person.fg, None);
        assert_eq!(config.theme, Theme::monochrome());
    }
}
