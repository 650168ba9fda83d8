//! The new-assessment form's state: what has been typed and which questionnaire
//! it is for. The screen that draws it is `ui::new_assessment`.

use std::path::PathBuf;
use std::sync::Arc;

use super::NewAssessment;
use crate::questionnaire::Questionnaire;

/// The form's state.
#[derive(Debug, Clone)]
pub struct NewForm {
    /// The fields.
    pub fields: NewAssessment,
    /// The questionnaire chosen.
    pub questionnaire: Arc<Questionnaire>,
    /// Why "Create" did nothing, if it did nothing.
    pub problem: Option<String>,
}

impl PartialEq for NewForm {
    fn eq(&self, other: &Self) -> bool {
        self.fields == other.fields
    }
}

impl NewForm {
    /// An empty form for the built-in questionnaire.
    pub fn new(questionnaire: Arc<Questionnaire>) -> Self {
        let scope = questionnaire
            .areas
            .iter()
            .map(|a| (a.id.clone(), true))
            .collect();
        Self {
            fields: NewAssessment {
                title: String::new(),
                organisation: String::new(),
                assessor: String::new(),
                // Not classified unless someone chooses a grade.
                classification: String::new(),
                language: crate::i18n::ui_language().code().to_owned(),
                time_zone: crate::zone::system_zone_name().unwrap_or_else(|| {
                    if crate::i18n::ui_language() == crate::i18n::Language::Hy {
                        crate::zone::YEREVAN.to_owned()
                    } else {
                        String::new()
                    }
                }),
                place: String::new(),
                scope,
                questionnaire_path: None,
            },
            questionnaire,
            problem: None,
        }
    }

    /// Switches to a questionnaire loaded from a file.
    pub fn set_questionnaire(&mut self, questionnaire: Arc<Questionnaire>, path: PathBuf) {
        self.fields.scope = questionnaire
            .areas
            .iter()
            .map(|a| (a.id.clone(), true))
            .collect();
        self.fields.questionnaire_path = Some(path);
        self.questionnaire = questionnaire;
    }
}
