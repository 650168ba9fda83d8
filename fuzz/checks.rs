//! What each fuzz target checks on any input, shared with `tests/fuzz_replay.rs`,
//! which replays the corpora and every case found under plain `cargo test`.
//!
//! Nothing here may panic on input rbr refuses; what rbr accepts must survive
//! being written and read back.

use std::sync::OnceLock;

use rbr_core::assessment::{Assessment, AssessmentFile};
use rbr_core::i18n::Language;
use rbr_core::merge::{Resolutions, Settings, SourceFile};
use rbr_core::questionnaire::Questionnaire;

fn questionnaire_in_use() -> &'static Questionnaire {
    static BUILT_IN: OnceLock<Questionnaire> = OnceLock::new();
    BUILT_IN.get_or_init(Questionnaire::built_in)
}

/// An assessment read from bytes is saved, read again and saved again: the
/// second save gives the same bytes, and nothing the file carried is lost.
pub fn assessment(data: &[u8]) {
    let Ok(file) = AssessmentFile::parse(data.to_vec()) else {
        return;
    };
    let q = questionnaire_in_use();
    let a = file.assessment();
    let _ = a.findings(q, time::macros::date!(2026 - 12 - 01));
    let _ = rbr_core::scoring::score(q, a);
    let Ok(saved) = a.to_json(q) else { return };
    let again = Assessment::from_bytes(&saved).expect("what rbr writes, rbr reads");
    assert_eq!(&again, a, "a save keeps everything the file carried");
    assert_eq!(
        again.to_json(q).expect("saves again"),
        saved,
        "saving is stable"
    );
}

/// A questionnaire either loads, and then survives being written and read back,
/// or is refused with problems to list.
pub fn questionnaire(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Questionnaire::from_json(text) {
        Ok(q) => {
            let json = serde_json::to_string(&q).expect("a questionnaire serialises");
            let again = Questionnaire::from_json(&json).expect("what rbr writes, rbr reads");
            assert_eq!(again.questions().count(), q.questions().count());
        }
        Err(e) => {
            let _ = e.message(Language::Hy);
        }
    }
}

/// A review trail is verified, with and without an allowed-signers file made of
/// the same bytes, and said in both languages.
pub fn review(data: &[u8]) {
    let signers = std::str::from_utf8(data)
        .ok()
        .and_then(|text| rbr_core::review::sign::AllowedSigners::parse(text).ok());
    let Ok(file) = AssessmentFile::parse(data.to_vec()) else {
        return;
    };
    let a = file.assessment();
    for verification in [
        rbr_core::review::verify(a),
        rbr_core::review::verify_with(a, signers.as_ref()),
    ] {
        let _ = verification.holds();
        let _ = verification.chain.message(Language::Hy);
        for signed in &verification.signatures {
            let _ = signed.message(Language::En, verification.signers_given);
        }
    }
}

/// Two files cut from the bytes (at the first 0xFF, else in the middle) are
/// analysed and combined, every conflict won by the first.
pub fn merge(data: &[u8]) {
    let cut = data
        .iter()
        .position(|&b| b == 0xFF)
        .unwrap_or(data.len() / 2);
    let (one, two) = data.split_at(cut);
    let two = two.strip_prefix(&[0xFF]).unwrap_or(two);
    let (Ok(one), Ok(two)) = (
        AssessmentFile::parse(one.to_vec()),
        AssessmentFile::parse(two.to_vec()),
    ) else {
        return;
    };
    let q = questionnaire_in_use();
    let sources = [
        SourceFile::new("one.rbr.json", one),
        SourceFile::new("two.rbr.json", two),
    ];
    let Ok(analysis) = rbr_core::merge::analyse(q, &sources) else {
        return;
    };
    let resolutions = Resolutions::prefer(&analysis.conflicts, 0);
    let settings = Settings {
        title: "Fuzzed".to_owned(),
        organisation: "Fuzzed".to_owned(),
        created: "2026-12-01T00:00:00Z".to_owned(),
    };
    if let Ok(merged) = rbr_core::merge::merge(q, &sources, &resolutions, &settings) {
        let saved = merged.to_json(q).expect("a merged file saves");
        Assessment::from_bytes(&saved).expect("and reads back");
    }
}

/// The PDF of any assessment that loads is made, in both languages.
pub fn report(data: &[u8]) {
    let Ok(file) = AssessmentFile::parse(data.to_vec()) else {
        return;
    };
    let q = questionnaire_in_use();
    for lang in [Language::En, Language::Hy] {
        if let Ok(pdf) = rbr_core::report::pdf_for(q, &file, Some("2026-12-01"), Some(lang)) {
            assert!(pdf.starts_with(b"%PDF"));
        }
    }
}
