//! The reader's modules import each other in one direction: lower ones (component state and
//! drawing) never reach back up to the ones that compose them (app, render, runner). An import
//! loop is how "every module edits the app" creeps back in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Which sibling modules each `src/ui/*.rs` file names through `super::` or `crate::ui::`,
/// its unit tests left out.
fn ui_imports() -> Graph {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs") && name != "mod" {
            sources.insert(name.to_owned(), std::fs::read_to_string(&path).unwrap());
        }
    }
    let modules: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .into_iter()
        .map(|(name, source)| {
            let code = source
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or_default();
            let named = named_modules(code)
                .into_iter()
                .filter(|m| modules.contains(m) && *m != name)
                .collect();
            (name, named)
        })
        .collect()
}

fn named_modules(code: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for prefix in ["super::", "crate::ui::"] {
        for (at, _) in code.match_indices(prefix) {
            let rest = &code[at + prefix.len()..];
            match rest.strip_prefix('{') {
                // `super::{a, b::C}` names every item of the group.
                Some(group) => named.extend(group_heads(group)),
                None => named.extend(leading_name(rest)),
            }
        }
    }
    named
}

fn leading_name(text: &str) -> Option<String> {
    let name: String = text
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The first path segment of each item in a `{…}` group, up to its closing brace.
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => item_start = true,
            c if item_start && !c.is_whitespace() => {
                heads.extend(leading_name(&group[at..]));
                item_start = false;
            }
            _ => {}
        }
    }
    heads
}

/// The strongly connected components of more than one module: every import loop.
fn loops(graph: &Graph) -> Vec<BTreeSet<String>> {
    // Two modules are in one loop when each reaches the other.
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(module) = stack.pop() {
            for next in graph.get(&module).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|m| (m, reach(m))).collect();
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    for module in graph.keys() {
        if found.iter().any(|l| l.contains(module)) {
            continue;
        }
        let members: BTreeSet<String> = reached[module]
            .iter()
            .filter(|other| reached[*other].contains(module))
            .cloned()
            .collect();
        if members.len() > 1 {
            found.push(members);
        }
    }
    found
}

#[test]
fn ui_modules_import_each_other_in_one_direction() {
    let graph = ui_imports();
    assert!(graph.len() > 20, "read the ui modules: {graph:?}");
    assert!(graph["runner"].contains("app"), "the scan sees imports");
    let edges: Vec<String> = loops(&graph)
        .iter()
        .flat_map(|found| {
            found.iter().map(|m| {
                format!(
                    "{m} -> {:?}",
                    graph[m].intersection(found).collect::<Vec<_>>()
                )
            })
        })
        .collect();
    assert!(
        edges.is_empty(),
        "import loops inside src/ui/:\n{}",
        edges.join("\n")
    );
}

#[test]
fn the_loop_finder_finds_a_loop_and_nothing_else() {
    let graph: Graph = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a", "d"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(m, to)| (m.to_owned(), to.into_iter().map(str::to_owned).collect()))
    .collect();
    let expected: BTreeSet<String> = ["a", "b", "c"].map(str::to_owned).into();
    assert_eq!(loops(&graph), vec![expected]);
    assert_eq!(
        named_modules("use super::app::{App, Action};\nuse crate::ui::theme::Theme;"),
        ["app", "theme"].map(str::to_owned).into()
    );
    assert_eq!(
        named_modules("use super::{help, layout::{Pane, inner}, note_editor};"),
        ["help", "layout", "note_editor"].map(str::to_owned).into()
    );
}
