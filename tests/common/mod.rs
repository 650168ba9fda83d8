//! What several test files share: the glossary of Armenian terms and the rule for
//! whether an English text uses one of them, the app driven headless, and
//! OpenSSH's `ssh-keygen`.

#![allow(dead_code)]

pub mod app;
pub mod armenian;
pub mod ssh;

use std::collections::BTreeSet;

/// Fails with every problem listed, one a line.
pub fn report(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// One row of `assets/i18n/glossary.tsv`.
pub struct Term {
    pub en: String,
    pub hy: String,
    pub stems: Vec<String>,
}

pub fn glossary() -> Vec<Term> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/glossary.tsv");
    let text = std::fs::read_to_string(&path).expect("glossary.tsv exists");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("en\thy\thy_stem\tstatus\tnote"));
    let mut terms = Vec::new();
    let mut seen = BTreeSet::new();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let row = n + 2;
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "glossary.tsv line {row}: {line:?}");
        let [en, hy, stem, status, _note] = fields[..] else {
            unreachable!()
        };
        assert!(
            matches!(status, "checked" | "to-confirm"),
            "line {row}: status {status:?}"
        );
        assert!(seen.insert(en.to_lowercase()), "line {row}: {en} twice");
        assert!(!en.trim().is_empty() && !hy.trim().is_empty(), "line {row}");
        assert!(
            !hy.chars().any(|c| c.is_ascii_alphabetic()),
            "line {row}: Latin in {hy:?}"
        );
        let stems: Vec<String> = stem.split('|').map(str::to_lowercase).collect();
        assert!(
            stems.iter().all(|s| !s.trim().is_empty()),
            "line {row}: empty stem"
        );
        assert!(
            hy.to_lowercase().contains(&stems[0]),
            "line {row}: the first stem {:?} is not in {hy:?}",
            stems[0]
        );
        terms.push(Term {
            en: en.to_lowercase(),
            hy: hy.to_owned(),
            stems,
        });
    }
    terms
}

/// Whether `text` mentions `term` as a word (or its plural in -s / -es).
pub fn mentions(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    text.match_indices(term).any(|(at, _)| {
        let starts_word = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = &text[at + term.len()..];
        let ends_word = |rest: &str| rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
        starts_word
            && (ends_word(rest)
                || rest.strip_prefix('s').is_some_and(ends_word)
                || rest.strip_prefix("es").is_some_and(ends_word))
    })
}
