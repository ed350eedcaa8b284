//! One entity across the archive: its roles over time, its quotes, the entities it appears
//! with and its articles per month.

use super::entities::entity_by_id;
use super::{CoMention, EntityRow, ViewsError, comentions};
use rusqlite::Connection;
use serde::Serialize;

/// A role the archive gives an entity, and when.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleSpan {
    pub role: String,
    /// Articles that give it this role.
    pub articles: u64,
    /// The first and last of their publication dates.
    pub first: Option<String>,
    pub last: Option<String>,
}

/// A quote of the entity, with its article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteRow {
    /// The article's id (its path in the archive).
    pub article: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub text: String,
    /// The quote's char range in the article's text.
    pub start: usize,
    pub end: usize,
}

/// Articles in one month (`YYYY-MM`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MonthCount {
    pub month: String,
    pub articles: u64,
}

/// Everything the entity page shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityPage {
    pub entity: EntityRow,
    /// In order of first appearance.
    pub roles: Vec<RoleSpan>,
    /// Oldest first: the latest indexed of them, if there are more than asked for.
    pub quotes: Vec<QuoteRow>,
    /// Best first.
    pub comentions: Vec<CoMention>,
    /// Every month from the first to the last, empty months included.
    pub months: Vec<MonthCount>,
    /// Articles without a publication month.
    pub undated: u64,
}

/// How much a page shows at most.
#[derive(Clone, Copy, Debug)]
pub struct PageLimits {
    pub quotes: usize,
    pub comentions: usize,
}

impl Default for PageLimits {
    fn default() -> Self {
        PageLimits {
            quotes: 500,
            comentions: 50,
        }
    }
}

/// The page of `entity`.
pub fn entity_page(
    connection: &Connection,
    entity: &EntityRow,
    limits: PageLimits,
) -> Result<EntityPage, ViewsError> {
    let entity = entity_by_id(connection, entity.id)?.unwrap_or_else(|| entity.clone());
    let (months, undated) = monthly_articles(connection, entity.id)?;
    Ok(EntityPage {
        roles: roles(connection, entity.id)?,
        quotes: quotes(connection, entity.id, limits.quotes)?,
        comentions: comentions(connection, entity.id, limits.comentions)?,
        months,
        undated,
        entity,
    })
}

fn roles(connection: &Connection, entity: i64) -> Result<Vec<RoleSpan>, ViewsError> {
    // Most entities have no role at all: the derived table says so without reading mentions.
    let has_roles: bool = connection
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM entity_roles WHERE entity = ?1)")?
        .query_row([entity], |row| row.get(0))?;
    if !has_roles {
        return Ok(Vec::new());
    }
    let sql = |hint: &str| {
        format!(
            "SELECT m.role, count(*), min(a.published), max(a.published)
             FROM mentions m JOIN articles a {hint} ON a.id = m.article
             WHERE m.entity = ?1 AND m.role IS NOT NULL
             GROUP BY m.role ORDER BY min(a.published) IS NULL, min(a.published), m.role"
        )
    };
    // The covering index spares reading each article's row; a build makes it only at its end.
    let mut statement = match connection.prepare_cached(&sql("INDEXED BY articles_id_published")) {
        Ok(statement) => statement,
        Err(_) => connection.prepare_cached(&sql(""))?,
    };
    let roles = statement
        .query_map([entity], |row| {
            Ok(RoleSpan {
                role: row.get(0)?,
                articles: row.get::<_, i64>(1)?.max(0) as u64,
                first: row.get(2)?,
                last: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(roles)
}

fn quotes(connection: &Connection, entity: i64, limit: usize) -> Result<Vec<QuoteRow>, ViewsError> {
    // The speaker's index holds the quotes in article row order: the latest are its tail, so
    // a prolific speaker's page reads only as many as it shows.
    let mut statement = connection.prepare_cached(
        "SELECT a.path, a.title, a.published, q.text, q.span_start, q.span_end
         FROM (SELECT article, ord, text, span_start, span_end FROM quotes
               WHERE speaker_entity = ?1 ORDER BY article DESC, ord DESC LIMIT ?2) q
         JOIN articles a ON a.id = q.article",
    )?;
    let mut quotes = statement
        .query_map(
            rusqlite::params![entity, i64::try_from(limit).unwrap_or(i64::MAX)],
            |row| {
                Ok(QuoteRow {
                    article: row.get(0)?,
                    title: row.get(1)?,
                    published: row.get(2)?,
                    text: row.get(3)?,
                    start: row.get::<_, i64>(4)?.max(0) as usize,
                    end: row.get::<_, i64>(5)?.max(0) as usize,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    quotes.sort_by(|a, b| {
        (a.published.is_none(), &a.published, &a.article, a.start).cmp(&(
            b.published.is_none(),
            &b.published,
            &b.article,
            b.start,
        ))
    });
    Ok(quotes)
}

/// The entity's articles per month, gaps filled, and the number without a month.
pub fn monthly_articles(
    connection: &Connection,
    entity: i64,
) -> Result<(Vec<MonthCount>, u64), ViewsError> {
    let mut statement = connection.prepare_cached(
        "SELECT CASE WHEN length(day) >= 7 THEN substr(day, 1, 7) END AS month, sum(articles)
         FROM entity_days WHERE entity = ?1 GROUP BY month ORDER BY month",
    )?;
    let rows = statement
        .query_map([entity], |row| {
            Ok((
                row.get::<_, Option<String>>(0)?,
                row.get::<_, i64>(1)?.max(0) as u64,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut undated = 0;
    let mut counted = Vec::new();
    for (month, articles) in rows {
        match month.as_deref().and_then(super::timeline::parse_month) {
            Some(month) => counted.push((month, articles)),
            None => undated += articles,
        }
    }
    let mut months = Vec::new();
    if let (Some(&(first, _)), Some(&(last, _))) = (counted.first(), counted.last()) {
        let mut counted = counted.iter().peekable();
        let mut month = first;
        while month <= last {
            let articles = match counted.peek() {
                Some(&&(at, articles)) if at == month => {
                    counted.next();
                    articles
                }
                _ => 0,
            };
            months.push(MonthCount {
                month: format!("{:04}-{:02}", month.0, month.1),
                articles,
            });
            month = super::timeline::next_month(month);
        }
    }
    Ok((months, undated))
}
