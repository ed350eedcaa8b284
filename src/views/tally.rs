//! The derived tables' counts gathered in memory while a build writes every article into an
//! empty index, so that [`super::schema::settle`] writes them at once instead of recounting
//! every mention row: at 100,000 articles the recount was 13 s of a single-threaded tail
//! (most of it the totals' random reads through `mentions_entity`), the tally's rows take a
//! fraction of a second.

use rusqlite::{Connection, params};
use rustc_hash::FxHashMap;

/// Counts of the articles written by one build, as the recount would find them.
#[derive(Default)]
pub struct Tally {
    articles: i64,
    /// Interned publication days ("" for an undated article) and roles: the maps' keys stay
    /// small however many mentions there are.
    days: Interner,
    roles: Interner,
    day: u32,
    /// (entity row, day) → articles that mention the entity on that day.
    entity_days: FxHashMap<(u32, u32), u32>,
    /// entity row → (articles, mentions).
    totals: FxHashMap<u32, (u32, u64)>,
    /// (entity row, role) → articles where the entity has that role.
    entity_roles: FxHashMap<(u32, u32), u32>,
    /// An entity row beyond u32 was seen: the tally cannot hold it, the recount must run.
    overflowed: bool,
}

#[derive(Default)]
struct Interner {
    names: Vec<String>,
    ids: FxHashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), id);
        id
    }
}

impl Tally {
    /// Starts the next article, published on `day` (ISO, or none).
    pub fn article(&mut self, day: Option<&str>) {
        self.articles += 1;
        self.day = self.days.id(day.unwrap_or(""));
    }

    /// One entity row of the current article: mentioned `count` times, in `role` if any.
    pub fn mention(&mut self, entity: i64, count: usize, role: Option<&str>) {
        let Ok(entity) = u32::try_from(entity) else {
            self.overflowed = true;
            return;
        };
        *self.entity_days.entry((entity, self.day)).or_default() += 1;
        let total = self.totals.entry(entity).or_default();
        total.0 += 1;
        total.1 += count as u64;
        if let Some(role) = role {
            let role = self.roles.id(role);
            *self.entity_roles.entry((entity, role)).or_default() += 1;
        }
    }

    /// Whether the tally describes the index as it is: every article in it was counted here
    /// (another process may have written articles of its own meanwhile).
    pub(super) fn matches(&self, tx: &Connection) -> rusqlite::Result<bool> {
        let articles: i64 = tx.query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
        Ok(!self.overflowed && articles == self.articles)
    }

    /// Fills the (emptied) derived tables, in the caller's transaction.
    pub(super) fn write(&self, tx: &Connection) -> rusqlite::Result<()> {
        let day_name = |id: u32| self.days.names[id as usize].as_str();
        let mut first_last: FxHashMap<u32, (u32, u32)> = FxHashMap::default();
        // In key order: rows put in a B-tree in order fill its pages once.
        let mut days: Vec<_> = self.entity_days.iter().collect();
        days.sort_unstable_by_key(|&(&(entity, day), _)| (entity, day_name(day)));
        let mut insert =
            tx.prepare("INSERT INTO entity_days (entity, day, articles) VALUES (?1, ?2, ?3)")?;
        for (&(entity, day), &articles) in days {
            insert.execute(params![entity, day_name(day), articles])?;
            if day_name(day).is_empty() {
                continue;
            }
            first_last
                .entry(entity)
                .and_modify(|(first, last)| {
                    if day_name(day) < day_name(*first) {
                        *first = day;
                    }
                    if day_name(day) > day_name(*last) {
                        *last = day;
                    }
                })
                .or_insert((day, day));
        }
        let mut insert = tx.prepare(
            "INSERT INTO entity_totals (entity, articles, mentions, first, last)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut totals: Vec<_> = self.totals.iter().collect();
        totals.sort_unstable_by_key(|&(&entity, _)| entity);
        for (&entity, &(articles, mentions)) in totals {
            let (first, last) = first_last.get(&entity).map_or((None, None), |&(f, l)| {
                (Some(day_name(f)), Some(day_name(l)))
            });
            insert.execute(params![entity, articles, mentions as i64, first, last])?;
        }
        let mut insert =
            tx.prepare("INSERT INTO entity_roles (entity, role, articles) VALUES (?1, ?2, ?3)")?;
        let role_name = |id: u32| self.roles.names[id as usize].as_str();
        let mut roles: Vec<_> = self.entity_roles.iter().collect();
        roles.sort_unstable_by_key(|&(&(entity, role), _)| (entity, role_name(role)));
        for (&(entity, role), &articles) in roles {
            insert.execute(params![entity, role_name(role), articles])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(articles: usize) -> Connection {
        let connection = Connection::open_in_memory().unwrap();
        connection
            .execute_batch("CREATE TABLE articles (id INTEGER PRIMARY KEY);")
            .unwrap();
        for _ in 0..articles {
            connection
                .execute("INSERT INTO articles DEFAULT VALUES", [])
                .unwrap();
        }
        connection
    }

    #[test]
    fn a_tally_describes_the_index_only_when_it_counted_every_article() {
        let mut tally = Tally::default();
        tally.article(Some("2024-05-01"));
        tally.mention(3, 2, None);
        tally.article(None);
        assert!(tally.matches(&index_of(2)).unwrap());
        // Another process wrote an article of its own meanwhile.
        assert!(!tally.matches(&index_of(3)).unwrap());
        tally.mention(i64::from(u32::MAX) + 1, 1, None);
        assert!(!tally.matches(&index_of(2)).unwrap());
    }

    #[test]
    fn first_and_last_days_skip_undated_articles() {
        let connection = Connection::open_in_memory().unwrap();
        connection
            .execute_batch(
                "CREATE TABLE entity_days (entity, day, articles);
                 CREATE TABLE entity_totals (entity, articles, mentions, first, last);
                 CREATE TABLE entity_roles (entity, role, articles);",
            )
            .unwrap();
        let mut tally = Tally::default();
        for (day, role) in [
            (Some("2021-03-04"), Some("minister")),
            (None, None),
            (Some("2019-12-31"), Some("minister")),
            (Some("2020-06-01"), Some("envoy")),
        ] {
            tally.article(day);
            tally.mention(7, 3, role);
        }
        tally.write(&connection).unwrap();
        let totals: (i64, i64, String, String) = connection
            .query_row(
                "SELECT articles, mentions, first, last FROM entity_totals",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(totals, (4, 12, "2019-12-31".into(), "2021-03-04".into()));
        let roles: Vec<(String, i64)> = connection
            .prepare("SELECT role, articles FROM entity_roles ORDER BY role")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(roles, [("envoy".into(), 1), ("minister".into(), 2)]);
    }
}
