//! `gazette sql 'SELECT …'`: an analyst's own question to the index, on a connection that
//! cannot write.

use super::advice::{index_error, open_archive};
use super::output::{Output, label};
use super::store::usable_index;
use super::{Cli, CliError, CliResult};
use rusqlite::types::ValueRef;
use serde_json::{Map, Value};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct SqlArgs {
    /// One SQL statement over the index's tables (the README documents them).
    #[arg(value_name = "QUERY")]
    pub query: String,
    /// Print a JSON array of objects, one per row, instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Query the index as it is, without bringing it up to date with the archive first.
    #[arg(long)]
    pub no_refresh: bool,
}

pub fn run(cli: &Cli, args: &SqlArgs) -> CliResult {
    open_archive(&cli.archive)?;
    let Some((index, _)) = usable_index(cli, &cli.archive, args.no_refresh) else {
        return Err(CliError("`gazette sql` needs the index".into()));
    };
    let connection = index.read_only_connection().map_err(index_error)?;
    let sql_error = |error: rusqlite::Error| CliError(format!("sql: {error}"));
    let mut statement = connection.prepare(&args.query).map_err(sql_error)?;
    let columns: Vec<String> = statement.column_names().map(str::to_owned).collect();
    let mut rows: Vec<Vec<Value>> = Vec::new();
    let mut query = statement.query([]).map_err(sql_error)?;
    while let Some(row) = query.next().map_err(sql_error)? {
        let mut values = Vec::with_capacity(columns.len());
        for i in 0..columns.len() {
            values.push(json_value(row.get_ref(i).map_err(sql_error)?));
        }
        rows.push(values);
    }
    let mut out = Output::stdout();
    if args.json {
        let objects: Vec<Map<String, Value>> = rows
            .into_iter()
            .map(|values| columns.iter().cloned().zip(values).collect())
            .collect();
        out.json(&objects)?;
    } else {
        let cells: Vec<Vec<String>> = std::iter::once(columns.iter().map(|c| label(c)).collect())
            .chain(rows.iter().map(|values| values.iter().map(cell).collect()))
            .collect();
        let mut widths = vec![0; columns.len()];
        for row in &cells {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(unicode_width::UnicodeWidthStr::width(cell.as_str()));
            }
        }
        for row in &cells {
            if out.is_closed() {
                break;
            }
            let mut line = String::new();
            for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = width - unicode_width::UnicodeWidthStr::width(cell.as_str());
                    line.push_str(&" ".repeat(pad + 2));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn json_value(value: ValueRef) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::from(n),
        ValueRef::Real(x) => Value::from(x),
        ValueRef::Text(bytes) => Value::from(String::from_utf8_lossy(bytes).into_owned()),
        ValueRef::Blob(bytes) => {
            Value::from(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
        }
    }
}

/// A value as a table cell: untrusted text made safe and kept on one line.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => "NULL".into(),
        Value::String(text) => label(text),
        other => other.to_string(),
    }
}
