//! An earlier round held beside the open assessment, so that the dashboard shows
//! what changed since and the PDF export adds its "Progress since" section.

use std::path::{Path, PathBuf};

use crate::app::{App, Document, PathPurpose};
use crate::assessment::Assessment;
use crate::compare::{Comparison, compare};
use crate::storage;
use crate::t;

/// The earlier round being compared with.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    /// Its file's name, as the dashboard names it.
    pub name: String,
    /// Where it was read from.
    pub path: PathBuf,
    /// The assessment it holds.
    pub assessment: Assessment,
    /// The comparison with the open document, and the document's revision it was
    /// worked out for: the dashboard draws every frame, the rounds change rarely.
    comparison: Option<(u64, Comparison)>,
}

impl Earlier {
    /// The open document compared with this round, worked out again only when the
    /// document has changed since.
    pub fn comparison(&mut self, doc: &Document) -> &Comparison {
        let revision = doc.revision();
        if self
            .comparison
            .as_ref()
            .is_some_and(|(r, _)| *r != revision)
        {
            self.comparison = None;
        }
        let (_, comparison) = self.comparison.get_or_insert_with(|| {
            let comparison = compare(doc.questionnaire(), &self.assessment, doc.assessment());
            (revision, comparison)
        });
        comparison
    }
}

impl App {
    /// Asks for the earlier round's file.
    pub(super) fn compare_dialog(&mut self) {
        if let Some(path) = self.pick(PathPurpose::Compare, "") {
            self.compare_with(&path);
        }
    }

    /// Reads the earlier round from `path`; a file that cannot be read says why and
    /// leaves the comparison as it was.
    pub(super) fn compare_with(&mut self, path: &Path) {
        match storage::load_assessment(path) {
            Ok(assessment) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |name| name.to_string_lossy().into_owned(),
                );
                self.notices
                    .info(t!("notice-comparing", file = name.as_str()));
                self.view.earlier = Some(Earlier {
                    name,
                    path: path.to_owned(),
                    assessment,
                    comparison: None,
                });
            }
            Err(e) => self.notices.error(e.message(crate::i18n::ui_language())),
        }
    }
}
