//! The layers the compiler cannot keep by itself: no import cycle between the core's
//! modules, and in the binary crate the shell above the screens, the screens above
//! the app's state, the app above storage.
//!
//! Cargo keeps the core free of window, dialog and command-line crates (they are not
//! its dependencies); this test reads the sources for `crate::module` paths, outside
//! comments, and fails naming the modules that close a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each top-level module of `root` and the top-level modules its code names.
fn imports(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut modules = BTreeMap::new();
    for entry in fs::read_dir(root).expect("source folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_owned();
        if name == "lib" || name == "main" {
            continue;
        }
        let mut text = String::new();
        collect(&path, &mut text);
        modules.insert(name, named_modules(&text));
    }
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .into_iter()
        .map(|(name, deps)| {
            let deps = deps
                .into_iter()
                .filter(|d| known.contains(d) && *d != name)
                .collect();
            (name, deps)
        })
        .collect()
}

fn collect(path: &Path, text: &mut String) {
    if path.is_dir() {
        for entry in fs::read_dir(path).expect("folder") {
            collect(&entry.expect("entry").path(), text);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        for line in fs::read_to_string(path).expect("source").lines() {
            let code = line.split("//").next().unwrap_or_default();
            text.push_str(code);
            text.push('\n');
        }
    }
}

/// `crate::x` paths, and the names inside `use crate::{x, y::z}`.
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let word = |s: &str| {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect::<String>()
    };
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                found.insert(word(item.trim()));
            }
        } else {
            found.insert(word(rest));
        }
    }
    found
}

/// A circle of modules, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in &graph[node] {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_core_has_no_import_cycle() {
    let graph = imports(Path::new("crates/rbr-core/src"));
    assert!(graph.len() >= 10, "the core's modules: {graph:?}");
    assert_eq!(cycle(&graph), None, "modules of rbr-core in a circle");
}

#[test]
fn the_binary_crate_is_layered_shell_screens_app_storage() {
    let graph = imports(Path::new("src"));
    assert_eq!(cycle(&graph), None, "modules of rbr in a circle");
    let below = |module: &str, above: &[&str]| {
        for upper in above {
            assert!(
                !graph[module].contains(*upper),
                "`{module}` reaches up into `{upper}`"
            );
        }
    };
    below("ui", &["shell", "cli"]);
    below("app", &["ui", "shell", "cli"]);
    below("storage", &["app", "ui", "shell", "cli"]);
}

#[test]
fn the_cycle_check_finds_a_circle() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    graph.insert("b".to_owned(), BTreeSet::from(["c".to_owned()]));
    graph.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(
        cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let read = named_modules("use crate::{scoring::Band, zone};\n x = crate::hash::fingerprint;");
    assert_eq!(
        read,
        BTreeSet::from(["scoring".into(), "zone".into(), "hash".into()])
    );
}
