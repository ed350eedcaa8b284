//! The entity page as a Markdown dossier, and co-mention graphs as GraphML (Gephi) or DOT
//! (Graphviz). Every piece of article text is made one safe line (`text::sanitize_label`)
//! and then escaped for the format.

use super::{EntityPage, EntityRow, ViewsError, comentions};
use crate::text::counted;
use crate::text::sanitize_label;
use rusqlite::Connection;
use std::collections::HashMap;
use std::fmt::Write as _;

/// The page as a Markdown dossier: roles, quotes with their citations, co-mentions, and
/// articles per month.
pub fn dossier_markdown(page: &EntityPage) -> String {
    let entity = &page.entity;
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", markdown(&entity.name));
    let _ = writeln!(
        md,
        "{} · {} · {} · {}\n",
        entity.kind.label(),
        counted(entity.articles, "article"),
        counted(entity.mentions, "mention"),
        seen(entity)
    );
    if !page.roles.is_empty() {
        md.push_str("## Roles\n\n");
        for role in &page.roles {
            let _ = writeln!(
                md,
                "- {} — {}, {}",
                markdown(&role.role),
                counted(role.articles, "article"),
                span_of_dates(role.first.as_deref(), role.last.as_deref())
            );
        }
        md.push('\n');
    }
    if !page.quotes.is_empty() {
        md.push_str("## Quotes\n\n");
        for quote in &page.quotes {
            let title = quote.title.as_deref().unwrap_or(&quote.article);
            let _ = writeln!(
                md,
                "> {}\n\n— *{}*, {}, `{}` (characters {}–{})\n",
                markdown(&quote.text),
                markdown(title),
                quote.published.as_deref().unwrap_or("undated"),
                code(&quote.article),
                quote.start,
                quote.end
            );
        }
    }
    if !page.comentions.is_empty() {
        md.push_str("## Appears with\n\n| Entity | Kind | Articles together | Lift |\n|---|---|---:|---:|\n");
        for other in &page.comentions {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {:.2} |",
                markdown(&other.name),
                other.kind.label(),
                other.together,
                other.lift
            );
        }
        md.push('\n');
    }
    if !page.months.is_empty() {
        md.push_str("## Articles per month\n\n| Month | Articles |\n|---|---:|\n");
        for month in &page.months {
            let _ = writeln!(md, "| {} | {} |", month.month, month.articles);
        }
        if page.undated > 0 {
            let _ = writeln!(md, "| undated | {} |", page.undated);
        }
        md.push('\n');
    }
    md
}

fn seen(entity: &EntityRow) -> String {
    span_of_dates(entity.first.as_deref(), entity.last.as_deref())
}

fn span_of_dates(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(first), Some(last)) if first == last => first.to_owned(),
        (Some(first), Some(last)) => format!("{first} to {last}"),
        _ => "undated".to_owned(),
    }
}

/// Untrusted text as inline Markdown that cannot start a block, a link or a table cell.
fn markdown(text: &str) -> String {
    let mut out = String::new();
    for ch in sanitize_label(text).chars() {
        if "\\`*_[]<>|#!".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

fn code(text: &str) -> String {
    sanitize_label(text).replace('`', "'")
}

/// A co-mention graph: entities and the articles they share.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub nodes: Vec<EntityRow>,
    /// (node index, node index, articles together, lift), each pair once.
    pub edges: Vec<(usize, usize, u64, f64)>,
}

/// The entity, the `size` entities it appears with most (by the co-mention score), and the
/// co-mentions among all of them.
pub fn ego_graph(
    connection: &Connection,
    entity: &EntityRow,
    size: usize,
) -> Result<Graph, ViewsError> {
    let mut nodes = vec![entity.clone()];
    for other in comentions(connection, entity.id, size)? {
        if let Some(row) = super::entities::entity_by_id(connection, other.id)? {
            nodes.push(row);
        }
    }
    let at: HashMap<i64, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let mut edges = Vec::new();
    for (from, node) in nodes.iter().enumerate() {
        for other in comentions(connection, node.id, usize::MAX)? {
            if let Some(&to) = at.get(&other.id)
                && from < to
            {
                edges.push((from, to, other.together, other.lift));
            }
        }
    }
    Ok(Graph { nodes, edges })
}

/// GraphML with each node's name, kind and articles and each edge's weight (articles
/// together) and lift.
pub fn graphml(graph: &Graph) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  \
         <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n  \
         <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n  \
         <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"int\"/>\n  \
         <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n  \
         <key id=\"lift\" for=\"edge\" attr.name=\"lift\" attr.type=\"double\"/>\n  \
         <graph id=\"comentions\" edgedefault=\"undirected\">\n",
    );
    for node in &graph.nodes {
        let _ = writeln!(
            xml,
            "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"kind\">{}</data>\
             <data key=\"articles\">{}</data></node>",
            node.id,
            xml_text(&node.name),
            node.kind.label(),
            node.articles
        );
    }
    for &(from, to, together, lift) in &graph.edges {
        let _ = writeln!(
            xml,
            "    <edge source=\"n{}\" target=\"n{}\"><data key=\"weight\">{together}</data>\
             <data key=\"lift\">{lift:.4}</data></edge>",
            graph.nodes[from].id, graph.nodes[to].id
        );
    }
    xml.push_str("  </graph>\n</graphml>\n");
    xml
}

/// DOT (an undirected graph) with the same data as labels and attributes.
pub fn dot(graph: &Graph) -> String {
    let mut out = String::from("graph comentions {\n");
    for node in &graph.nodes {
        let _ = writeln!(
            out,
            "  n{} [label=\"{}\", kind=\"{}\", articles={}];",
            node.id,
            dot_text(&node.name),
            node.kind.label(),
            node.articles
        );
    }
    for &(from, to, together, lift) in &graph.edges {
        let _ = writeln!(
            out,
            "  n{} -- n{} [weight={together}, label=\"{together}\", lift={lift:.4}];",
            graph.nodes[from].id, graph.nodes[to].id
        );
    }
    out.push_str("}\n");
    out
}

fn xml_text(text: &str) -> String {
    sanitize_label(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn dot_text(text: &str) -> String {
    sanitize_label(text)
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
}
