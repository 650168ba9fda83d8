//! Messages at the top of the window: errors stay until dismissed, news replaces news.

/// A message shown at the top of the window until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// What happened and what to do.
    pub text: String,
    /// Errors are shown in the error colour.
    pub is_error: bool,
}

/// The messages shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notices(Vec<Notice>);

impl Notices {
    /// Shows an error until dismissed; the same error twice is shown once.
    pub fn error(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !self.0.iter().any(|n| n.text == text) {
            self.0.push(Notice {
                text,
                is_error: true,
            });
        }
    }

    /// Shows a message; it replaces the previous message, never an error.
    pub fn info(&mut self, text: impl Into<String>) {
        self.clear_info();
        self.0.push(Notice {
            text: text.into(),
            is_error: false,
        });
    }

    /// Removes the messages that are not errors.
    pub fn clear_info(&mut self) {
        self.0.retain(|n| n.is_error);
    }

    /// Removes the message at `index`, if there is one.
    pub fn dismiss(&mut self, index: usize) {
        if index < self.0.len() {
            self.0.remove(index);
        }
    }

    /// The messages, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Notice> {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_stay_once_and_news_replaces_news() {
        let mut notices = Notices::default();
        notices.error("disk full");
        notices.error("disk full");
        notices.info("Saved to a");
        notices.info("Saved to b");
        let texts: Vec<_> = notices.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["disk full", "Saved to b"]);
        notices.dismiss(0);
        notices.dismiss(7);
        let texts: Vec<_> = notices.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["Saved to b"]);
    }
}
