//! The modules' layers (see the crate's doc comment in `src/lib.rs`): each top-level module
//! imports only modules of its own layer or below, the features never import each other, and
//! no imports form a cycle. Read from the source, so that a new `use crate::…` that breaks a
//! rule fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each top-level module's layer, bottom (1) to top (5).
const LAYERS: &[(&str, u8)] = &[
    ("model", 1),
    ("i18n", 1),
    ("protocol", 1),
    ("qr", 1),
    ("scale", 1),
    ("url_state", 1),
    ("markup", 2),
    ("content", 2),
    ("platform", 3),
    ("context", 3),
    ("ui", 3),
    ("timeline", 4),
    ("compare", 4),
    ("present", 4),
    ("embed", 4),
    ("handout", 4),
    ("shell", 5),
    ("prerender", 5),
];

const FEATURES: u8 = 4;

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// The `.rs` files of top-level module `module`: `src/module.rs` and everything under
/// `src/module/`.
fn files(module: &str) -> Vec<String> {
    let mut out = Vec::new();
    let file = format!("src/{module}.rs");
    if let Ok(text) = fs::read_to_string(&file) {
        out.push(text);
    }
    fn walk(dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(fs::read_to_string(&path).unwrap());
            }
        }
    }
    walk(Path::new(&format!("src/{module}")), &mut out);
    out
}

/// The top-level modules that `module`'s code names as `crate::name`.
fn imports(module: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for file in files(module) {
        // Comments name modules without importing them.
        let code: Vec<&str> = file
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        let text = code.join("\n");
        for (i, _) in text.match_indices("crate::") {
            // `rednote_explainer::` in doc tests and `$crate::` in macros are not imports.
            if i > 0 && text[..i].ends_with('$') {
                continue;
            }
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if layer(&name).is_some() && name != module {
                found.insert(name);
            }
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    LAYERS
        .iter()
        .map(|(m, _)| (m.to_string(), imports(m)))
        .collect()
}

#[test]
fn every_top_level_module_has_a_layer() {
    let lib = fs::read_to_string("src/lib.rs").unwrap();
    for line in lib.lines() {
        if let Some(name) = line.trim().strip_prefix("pub mod ") {
            let name = name.trim_end_matches(';');
            assert!(
                layer(name).is_some(),
                "module {name} has no layer in tests/layers.rs"
            );
        }
    }
}

#[test]
fn modules_import_only_their_layer_or_below_and_features_not_each_other() {
    let mut broken = Vec::new();
    for (module, deps) in graph() {
        let own = layer(&module).unwrap();
        for dep in deps {
            let theirs = layer(&dep).unwrap();
            if theirs > own || (own == FEATURES && theirs == FEATURES) {
                broken.push(format!(
                    "{module} (layer {own}) imports {dep} (layer {theirs})"
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports against the layers:\n{}",
        broken.join("\n")
    );
}

#[test]
fn no_imports_form_a_cycle() {
    let graph = graph();
    // Depth-first search; a module met again on the current path closes a cycle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for dep in &graph[m] {
            if let Some(cycle) = visit(dep, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(cycle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("an import cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_check_sees_imports() {
    // The shell imports every feature: if this found nothing, the other tests would pass
    // vacuously.
    let shell = imports("shell");
    for feature in ["timeline", "compare", "present", "embed", "handout"] {
        assert!(shell.contains(feature), "shell's imports: {shell:?}");
    }
}
