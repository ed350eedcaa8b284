//! Drawing the archive-wide views (entities, an entity's page, the timeline) as a popup over
//! most of the screen. Every name, role, title and quote is article text: sanitised.

use super::archive_views::{ArchiveViews, EntitiesView, EntityView, TimelineView, View};
use super::config::Config;
use crate::text::counted;
use crate::text::sanitize_label;
use crate::views::chart;
use crate::views::entity_page::MonthCount;
use crate::views::timeline::month_of;
use crate::views::{EntityRow, seen_between};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

/// The rows of the list a screen of `area` shows, for paging.
pub fn page_rows(area: Rect) -> usize {
    popup_rect(area).height.saturating_sub(5).max(1) as usize
}

fn popup_rect(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).max(area.width.min(20));
    let height = area.height.saturating_sub(2).max(area.height.min(8));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

pub fn render(config: &Config, views: &ArchiveViews, area: Rect, buffer: &mut Buffer) {
    let Some(view) = views.top() else { return };
    let rect = popup_rect(area);
    Clear.render(rect, buffer);
    let theme = &config.theme;
    let (title, hints, lines, cursor) = match view {
        View::Entities(list) => entities(config, list, rect),
        View::Entity(page) => entity(config, page),
        View::Timeline(timeline) => self::timeline(config, timeline),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(title)
        .title_style(theme.title.add_modifier(Modifier::BOLD))
        .title_bottom(Line::styled(hints, theme.meta));
    let inside = block.inner(rect);
    block.render(rect, buffer);
    let rows = inside.height as usize;
    // Keep the chosen line in sight.
    let offset = cursor.map_or(0, |at| (at + 1).saturating_sub(rows));
    for (slot, line) in lines.iter().skip(offset).take(rows).enumerate() {
        let y = inside.y + slot as u16;
        buffer.set_line(inside.x, y, line, inside.width);
        if cursor == Some(offset + slot) {
            buffer.set_style(Rect::new(inside.x, y, inside.width, 1), theme.selection);
        }
    }
}

type Drawn = (String, String, Vec<Line<'static>>, Option<usize>);

fn entities(config: &Config, list: &EntitiesView, rect: Rect) -> Drawn {
    let theme = &config.theme;
    let kind = list.kind.map_or("all kinds", |k| k.label());
    let title = format!(
        " Entities: {kind} · by {} · {} ",
        list.sort.label(),
        list.shown.len()
    );
    let hints = " type to filter · Tab kind · ctrl-s sort · Enter list its articles · → its page · Esc close ".to_owned();
    let mut lines = vec![Line::from(vec![
        Span::styled("› ", theme.heading),
        Span::raw(sanitize_label(&list.query)),
    ])];
    let header = format!(
        "{:>8}  {:<10}  {:<10}  {:<SPARK$}  {:<12}  name — most frequent role",
        "articles", "first", "last", "per month", "kind"
    );
    lines.push(Line::styled(header, theme.heading));
    let Some(rows) = &list.rows else {
        let waiting = list
            .error
            .as_deref()
            .map_or("reading the index…".to_owned(), |e| {
                format!("the index cannot be read: {}", sanitize_label(e))
            });
        lines.push(Line::styled(waiting, theme.meta));
        return (title, hints, lines, None);
    };
    // Only what fits is drawn: the list may hold tens of thousands.
    let fit = rect.height.saturating_sub(4) as usize;
    let first = (list.cursor + 1).saturating_sub(fit);
    for &index in list.shown.iter().skip(first).take(fit) {
        let spark = list
            .months
            .get(&rows[index].id)
            .zip(list.span)
            .map(|(months, span)| sparkline(months, span))
            .unwrap_or_default();
        lines.push(entity_line(config, &rows[index], spark));
    }
    let cursor = (!list.shown.is_empty()).then_some(2 + list.cursor - first);
    (title, hints, lines, cursor)
}

/// Columns of a sparkline.
const SPARK: usize = 16;

/// An entity's articles per month over the archive's months (`span`), in [`SPARK`] columns.
fn sparkline(months: &[MonthCount], (first, last): ((i32, u8), (i32, u8))) -> String {
    let index = |(year, month): (i32, u8)| i64::from(year) * 12 + i64::from(month) - 1;
    let total = (index(last) - index(first) + 1).max(1);
    let mut columns = [0u64; SPARK];
    for month in months {
        if let Some(at) = month_of(&month.month) {
            let offset = (index(at) - index(first)).clamp(0, total - 1);
            columns[(offset * SPARK as i64 / total) as usize] += month.articles;
        }
    }
    chart::sparkline(&columns)
}

fn entity_line(config: &Config, row: &EntityRow, spark: String) -> Line<'static> {
    let mut spans = vec![
        Span::raw(format!(
            "{:>8}  {:<10}  {:<10}  ",
            row.articles,
            row.first.as_deref().map_or("-".into(), sanitize_label),
            row.last.as_deref().map_or("-".into(), sanitize_label),
        )),
        Span::styled(format!("{spark:<SPARK$}  "), config.theme.date),
        Span::styled(
            format!("{:<12}  ", row.kind.label()),
            config.theme.entity(row.kind),
        ),
        Span::raw(sanitize_label(&row.name)),
    ];
    if let Some(role) = &row.role {
        spans.push(Span::styled(
            format!(" — {}", sanitize_label(role)),
            config.theme.meta,
        ));
    }
    Line::from(spans)
}

fn entity(config: &Config, view: &EntityView) -> Drawn {
    let theme = &config.theme;
    let title = format!(" {} ({}) ", sanitize_label(&view.name), view.kind.label());
    let hints =
        " ↑↓ quotes · Enter open the article at the quote · n list its articles · Esc back "
            .to_owned();
    let Some(page) = &view.page else {
        let waiting = view
            .error
            .as_deref()
            .map_or("reading the index…".to_owned(), sanitize_label);
        return (title, hints, vec![Line::styled(waiting, theme.meta)], None);
    };
    let entity = &page.entity;
    let mut lines = vec![Line::raw(format!(
        "{}, {}, {}",
        counted(entity.articles, "article"),
        counted(entity.mentions, "mention"),
        seen_between(entity.first.as_deref(), entity.last.as_deref()),
    ))];
    if !page.months.is_empty() {
        let counts: Vec<u64> = page.months.iter().map(|m| m.articles).collect();
        let bars = chart::sparkline(&counts);
        lines.push(Line::from(vec![
            Span::styled("per month ", theme.heading),
            Span::raw(format!(
                "{} {bars} {}",
                page.months[0].month,
                page.months[page.months.len() - 1].month
            )),
        ]));
    }
    if !page.roles.is_empty() {
        lines.push(Line::styled("Roles", theme.heading));
        for role in &page.roles {
            lines.push(Line::raw(format!(
                "  {} — {} articles, {}",
                sanitize_label(&role.role),
                role.articles,
                seen_between(role.first.as_deref(), role.last.as_deref()),
            )));
        }
    }
    if !page.comentions.is_empty() {
        lines.push(Line::styled(
            "Appears with (articles together, lift)",
            theme.heading,
        ));
        for other in page.comentions.iter().take(8) {
            lines.push(Line::from(vec![
                Span::raw(format!("  {:>4}  {:>6.2}  ", other.together, other.lift)),
                Span::styled(sanitize_label(&other.name), theme.entity(other.kind)),
            ]));
        }
    }
    lines.push(Line::styled(
        format!("Quotes ({})", page.quotes.len()),
        theme.heading,
    ));
    let first_quote = lines.len();
    for quote in &page.quotes {
        let title = quote.title.as_deref().unwrap_or(&quote.article);
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {}  ", quote.published.as_deref().unwrap_or("undated")),
                theme.meta,
            ),
            Span::styled(format!("“{}”", sanitize_label(&quote.text)), theme.quote),
            Span::styled(format!("  — {}", sanitize_label(title)), theme.meta),
        ]));
    }
    let cursor = (!page.quotes.is_empty()).then_some(first_quote + view.cursor);
    (title, hints, lines, cursor)
}

fn timeline(config: &Config, view: &TimelineView) -> Drawn {
    let theme = &config.theme;
    let period = format!("{:?}", view.timeline.period).to_lowercase();
    let title = format!(
        " Timeline of the list ({} articles) by {period} ",
        view.articles
    );
    let hints =
        " ↑↓ bar · Space marks a range · + / - zoom · Enter list the period's articles · Esc close "
            .to_owned();
    let (first, last) = view.range();
    let most = chart::largest(view.timeline.buckets.iter().map(|b| b.articles));
    let mut lines: Vec<Line> = view
        .timeline
        .buckets
        .iter()
        .enumerate()
        .map(|(at, bucket)| {
            let bar = chart::bar(bucket.articles, most, 40);
            let in_range = view.anchor.is_some() && (first..=last).contains(&at);
            Line::from(vec![
                Span::raw(if in_range { "▌" } else { " " }),
                Span::raw(format!("{:<10}  {:>6}  ", bucket.label, bucket.articles)),
                Span::styled(bar, theme.date),
            ])
        })
        .collect();
    let cursor = (!lines.is_empty()).then_some(view.cursor);
    if view.timeline.unplaced > 0 {
        lines.push(Line::styled(
            format!(" {:<10}  {:>6}", "undated", view.timeline.unplaced),
            theme.meta,
        ));
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            "no article in the list has a date",
            theme.meta,
        ));
    }
    if let Some(bucket) = view.chosen() {
        let facts = &view.facts;
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!(
                "In {} (from {} to {})",
                bucket.label, bucket.from, bucket.to
            ),
            theme.heading,
        ));
        for (name, articles) in &facts.events {
            lines.push(Line::from(vec![
                Span::raw("  event  "),
                Span::styled(sanitize_label(name), theme.event),
                Span::styled(format!("  ({articles} articles)"), theme.meta),
            ]));
        }
        for (date, articles) in &facts.dates {
            lines.push(Line::from(vec![
                Span::raw("  date   "),
                Span::styled(sanitize_label(date), theme.date),
                Span::styled(format!("  mentioned in {articles} articles"), theme.meta),
            ]));
        }
        if facts.events.is_empty() && facts.dates.is_empty() {
            lines.push(Line::styled("  no events or dated facts", theme.meta));
        }
    }
    (title, hints, lines, cursor)
}
