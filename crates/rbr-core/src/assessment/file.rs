//! An assessment together with the bytes it was read from: what the report and the
//! spreadsheets take, so that the fingerprint they print is, by type, the SHA-256
//! of the bytes whose content they render.

use super::{Assessment, LoadError};

/// An assessment file's bytes and the assessment parsed from exactly those bytes.
///
/// The only way to make one is [`AssessmentFile::parse`]; neither part can be
/// replaced afterwards, so the two cannot drift apart.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentFile {
    bytes: Vec<u8>,
    assessment: Assessment,
}

impl AssessmentFile {
    /// Parses `bytes` as an assessment file and keeps them.
    ///
    /// # Errors
    /// [`LoadError`] when the bytes are not an assessment file this version reads.
    pub fn parse(bytes: Vec<u8>) -> Result<Self, LoadError> {
        let assessment = Assessment::from_bytes(&bytes)?;
        Ok(Self { bytes, assessment })
    }

    /// The bytes as read.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The assessment these bytes hold.
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// The SHA-256 of the bytes, as the report and the spreadsheets print it.
    pub fn fingerprint(&self) -> String {
        crate::hash::fingerprint(&self.bytes)
    }

    /// The assessment, without its bytes (to edit it: an edited assessment has
    /// other bytes).
    pub fn into_assessment(self) -> Assessment {
        self.assessment
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_is_of_the_bytes_kept() {
        let bytes = br#"{"format":"rbr-assessment","format_version":1,"questionnaire":{"id":"nato-rbr","version":"1.2.0"},"meta":{"title":"T"},"answers":{}}"#.to_vec();
        let file = AssessmentFile::parse(bytes.clone()).expect("parses");
        assert_eq!(file.bytes(), bytes.as_slice());
        assert_eq!(file.fingerprint(), crate::hash::fingerprint(&bytes));
        assert_eq!(file.assessment().meta.title, "T");
    }

    #[test]
    fn bytes_that_are_not_an_assessment_make_no_file() {
        assert!(AssessmentFile::parse(b"{\"format\":1}".to_vec()).is_err());
    }
}
