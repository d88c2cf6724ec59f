//! The one-way dependency rule (see shared style guide): the pure core names nothing outward.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Lines of code, without comments, so a doc line may mention what it avoids.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(path).expect("source file is readable");
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split("//").next().unwrap_or("").to_owned()))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect()
}

fn violations(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        for (number, line) in code_lines(&file) {
            for word in forbidden {
                let hit = line.match_indices(word).any(|(at, _)| {
                    let before = line[..at].chars().next_back();
                    let after = line[at + word.len()..].chars().next();
                    let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                    !ident(before) && !ident(after)
                });
                if hit {
                    found.push(format!("{}:{number}: {word}", file.display()));
                }
            }
        }
    }
    found
}

const BROWSER_CRATES: &[&str] =
    &["leptos", "leptos_router", "web_sys", "js_sys", "wasm_bindgen", "gloo_storage", "idb"];
const OUTER_LAYERS: &[&str] = &["crate::state", "crate::ui", "crate::storage", "crate::browser", "crate::app"];

#[test]
fn domain_and_codec_name_no_browser_crate_and_no_outer_layer() {
    for dir in ["src/domain", "src/codec"] {
        let mut forbidden = BROWSER_CRATES.to_vec();
        forbidden.extend_from_slice(OUTER_LAYERS);
        let found = violations(dir, &forbidden);
        assert!(found.is_empty(), "{dir} must stay pure:\n{}", found.join("\n"));
    }
}

#[test]
fn ui_never_reaches_storage_or_browser_apis_directly() {
    let found = violations("src/ui", &["crate::storage", "crate::browser", "web_sys", "idb"]);
    assert!(found.is_empty(), "the UI goes through state:\n{}", found.join("\n"));
}

#[test]
fn no_raw_html_anywhere() {
    // Text is always set as text: no markup is ever parsed from data (the XSS corpus e2e test
    // checks the running app; this keeps the means out of the code).
    let found =
        violations("src", &["inner_html", "set_inner_html", "outer_html", "insert_adjacent_html", "write_with_str_1"]);
    assert!(found.is_empty(), "raw HTML in the code:\n{}", found.join("\n"));
}

#[test]
fn the_layering_check_itself_catches_a_violation() {
    // Guards the guard: a test that could never fail would prove nothing.
    let dir = std::env::temp_dir().join(format!("kartoteka-arch-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("bad.rs"), "use web_sys::Window; // fine in a comment: leptos\n").unwrap();
    // An absolute directory replaces the crate root in `violations`' join.
    let found = violations(dir.to_str().unwrap(), BROWSER_CRATES);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].ends_with(": web_sys"));
}
