//! The views as a background job serves them: a request, its answer, and the read-only
//! connection it runs on, opened when first needed (the index may still be being built).

use super::entity_page::{MonthCount, PageLimits, monthly_articles};
use super::{EntityPage, EntityRow, EntitySort, ViewsError, entities, entity_page, find_entity};
use crate::facts::EntityKind;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What a front end asks of the views job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewRequest {
    /// Every entity but dates, most articles first.
    Entities,
    /// The page of the entity of this kind and name.
    Entity { kind: EntityKind, name: String },
    /// The articles per month of these entities (by `entities` row), for sparklines.
    Months(Vec<i64>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ViewAnswer {
    Entities(Vec<EntityRow>),
    Entity(Box<EntityPage>),
    Months(Vec<(i64, Vec<MonthCount>)>),
}

/// A job's state: the index file, and its connection once opened.
pub struct ViewsSource {
    path: PathBuf,
    connection: Option<Connection>,
}

impl ViewsSource {
    pub fn new(index_path: &Path) -> Self {
        ViewsSource {
            path: index_path.to_path_buf(),
            connection: None,
        }
    }

    /// Serves one request. A connection that failed is opened again next time.
    pub fn answer(&mut self, request: &ViewRequest) -> Result<ViewAnswer, ViewsError> {
        let connection = match self.connection.take() {
            Some(connection) => connection,
            None => open_read_only(&self.path)?,
        };
        let answer = answer(&connection, request);
        if answer.is_ok() {
            self.connection = Some(connection);
        }
        answer
    }
}

/// One request on `connection`.
pub fn answer(connection: &Connection, request: &ViewRequest) -> Result<ViewAnswer, ViewsError> {
    Ok(match request {
        ViewRequest::Entities => {
            ViewAnswer::Entities(entities(connection, None, EntitySort::Count, usize::MAX)?)
        }
        ViewRequest::Entity { kind, name } => {
            let entity = find_entity(connection, name, Some(*kind))?;
            ViewAnswer::Entity(Box::new(entity_page(
                connection,
                &entity,
                PageLimits::default(),
            )?))
        }
        ViewRequest::Months(ids) => ViewAnswer::Months(
            ids.iter()
                .map(|&id| Ok((id, monthly_articles(connection, id)?.0)))
                .collect::<Result<_, ViewsError>>()?,
        ),
    })
}

/// The index opened for reading only, waiting a while for a writer's lock.
pub fn open_read_only(path: &Path) -> Result<Connection, ViewsError> {
    let connection = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    connection.busy_timeout(Duration::from_secs(5))?;
    Ok(connection)
}
