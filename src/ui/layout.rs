//! Where each pane goes for a terminal size: three panes when wide, two below ~100 columns
//! (the facts panel folds away, `f` brings it back), one below ~60.

use ratatui::layout::{Constraint, Layout, Rect};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    List,
    Article,
    Facts,
}

impl Pane {
    pub fn label(self) -> &'static str {
        match self {
            Pane::List => "list",
            Pane::Article => "article",
            Pane::Facts => "facts",
        }
    }
}

pub const WIDE: u16 = 100;
pub const NARROW: u16 = 60;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaneLayout {
    pub list: Option<Rect>,
    pub article: Option<Rect>,
    pub facts: Option<Rect>,
    pub status: Option<Rect>,
}

impl PaneLayout {
    pub fn compute(area: Rect, focus: Pane, facts_toggled: bool) -> Self {
        let (body, status) = if area.height >= 3 {
            let [body, status] =
                Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
            (body, Some(status))
        } else {
            (area, None)
        };
        let mut layout = PaneLayout {
            status,
            ..Default::default()
        };
        if body.width >= WIDE {
            let show_facts = !facts_toggled || focus == Pane::Facts;
            if show_facts {
                let [list, article, facts] = Layout::horizontal([
                    Constraint::Percentage(27),
                    Constraint::Min(20),
                    Constraint::Percentage(27),
                ])
                .areas(body);
                layout.list = Some(list);
                layout.article = Some(article);
                layout.facts = Some(facts);
            } else {
                let [list, article] =
                    Layout::horizontal([Constraint::Percentage(30), Constraint::Min(20)])
                        .areas(body);
                layout.list = Some(list);
                layout.article = Some(article);
            }
        } else if body.width >= NARROW {
            let side_is_facts = focus == Pane::Facts || (focus == Pane::Article && facts_toggled);
            let [side, article] = if side_is_facts {
                let [article, side] =
                    Layout::horizontal([Constraint::Min(20), Constraint::Percentage(38)])
                        .areas(body);
                [side, article]
            } else {
                Layout::horizontal([Constraint::Percentage(38), Constraint::Min(20)]).areas(body)
            };
            layout.article = Some(article);
            if side_is_facts {
                layout.facts = Some(side);
            } else {
                layout.list = Some(side);
            }
        } else {
            match focus {
                Pane::List => layout.list = Some(body),
                Pane::Article => layout.article = Some(body),
                Pane::Facts => layout.facts = Some(body),
            }
        }
        layout
    }

    pub fn rect(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::List => self.list,
            Pane::Article => self.article,
            Pane::Facts => self.facts,
        }
    }

    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let hit = |r: Option<Rect>| {
            r.is_some_and(|r| column >= r.x && column < r.right() && row >= r.y && row < r.bottom())
        };
        [Pane::List, Pane::Article, Pane::Facts]
            .into_iter()
            .find(|p| hit(self.rect(*p)))
    }
}

/// Where the article's text goes in its pane: inside the border, at most `max_width` columns
/// (0: no limit), centred, since long lines on a wide terminal are hard to read.
pub fn text_area(pane: Rect, max_width: u16) -> Rect {
    let area = inner(pane);
    if max_width == 0 || area.width <= max_width {
        return area;
    }
    let margin = (area.width - max_width) / 2;
    Rect {
        x: area.x + margin,
        width: max_width,
        ..area
    }
}

/// The area inside a pane's border.
pub fn inner(rect: Rect) -> Rect {
    Rect {
        x: rect.x.saturating_add(1),
        y: rect.y.saturating_add(1),
        width: rect.width.saturating_sub(2),
        height: rect.height.saturating_sub(2),
    }
}
