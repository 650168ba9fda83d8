//! The review trail as the report shows it: the last event and the sign-off for
//! the cover, the comments for their annex, resolved to the report's language.

use super::layout::excerpt;
use super::model::{Approver, CommentEntry, ReviewState};
use crate::assessment::{Assessment, Lenient, Status};
use crate::i18n::Language;
use crate::questionnaire::Questionnaire;
use crate::review::sign::AllowedSigners;
use crate::review::{Action, verify, verify_with};
use crate::tl;
use crate::zone::Zone;

/// How much of a question's text the comments annex shows.
const QUESTION_EXCERPT: usize = 140;

/// The last event and, for an approved file, who approved and whether the content
/// is still the one approved; none without a trail.
pub(super) fn review_state(
    assessment: &Assessment,
    zone: &Zone,
    lang: Language,
) -> Option<ReviewState> {
    let last = assessment.review.as_ref()?.events.last()?;
    let verification = verify(assessment);
    let approved = assessment.meta.status == Lenient::Valid(Status::Approved);
    let approval = verification.approvals.last().filter(|_| approved).map(|a| {
        let date = zone.written_day(lang, &a.time);
        (a, date)
    });
    let changed_since_approval = approval.as_ref().filter(|(a, _)| !a.current).map(|_| {
        verification
            .content
            .as_ref()
            .map(|c| c.changed.iter().map(|p| p.label(lang)).collect())
            .unwrap_or_default()
    });
    Some(ReviewState {
        seq: last.seq,
        action: match last.action {
            Lenient::Valid(action) => action_word(lang, action),
            Lenient::Invalid(ref value) => value.to_string(),
        },
        who: last.who.label(),
        time: zone.written_time(lang, &last.time),
        content_sha256: last.content_sha256.clone(),
        approval: approval.map(|(a, date)| (a.who.label(), date)),
        changed_since_approval,
    })
}

/// Every comment, those on the whole assessment first, then by question in
/// questionnaire order, each question's in the file's order.
pub(super) fn comment_entries(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    zone: &Zone,
    lang: Language,
) -> Vec<CommentEntry> {
    let Some(review) = &assessment.review else {
        return Vec::new();
    };
    let order: Vec<_> = questionnaire.questions().map(|q| &q.id).collect();
    let mut comments: Vec<_> = review.comments.iter().collect();
    comments.sort_by_key(|c| match &c.question {
        None => 0,
        Some(id) => order
            .iter()
            .position(|q| *q == id)
            .map_or(usize::MAX, |i| i + 1),
    });
    comments
        .into_iter()
        .map(|c| CommentEntry {
            question: c.question.as_ref().map(|id| {
                let text = questionnaire
                    .question(id)
                    .map(|q| excerpt(q.text.get(lang.code()), QUESTION_EXCERPT))
                    .unwrap_or_default();
                (id.clone(), text)
            }),
            author: c.author.clone(),
            time: zone.written_time(lang, &c.time),
            text: c.text.clone(),
            open: c.is_open(),
            replies: c
                .replies
                .iter()
                .map(|r| {
                    let time = zone.written_time(lang, &r.time);
                    (r.author.clone(), time, r.text.clone())
                })
                .collect(),
        })
        .collect()
}

fn action_word(lang: Language, action: Action) -> String {
    match action {
        Action::Submitted => tl!(lang, "report-action-submitted"),
        Action::Returned => tl!(lang, "report-action-returned"),
        Action::Reviewed => tl!(lang, "report-action-reviewed"),
        Action::Approved => tl!(lang, "report-action-approved"),
        Action::Reopened => tl!(lang, "report-action-reopened"),
    }
}

/// The approval block's entries for an approved file whose content is still the
/// one approved; none otherwise, so the block keeps its empty lines.
pub(super) fn approver(
    assessment: &Assessment,
    zone: &Zone,
    lang: Language,
    signers: Option<&AllowedSigners>,
) -> Option<Approver> {
    if assessment.meta.status != Lenient::Valid(Status::Approved) {
        return None;
    }
    // A trail that does not hold proves no approval: the block stays empty.
    let mut verification = verify(assessment);
    if !verification.holds() {
        return None;
    }
    let approval = verification.approvals.pop().filter(|a| a.current)?;
    let date = zone.written_day(lang, &approval.time);
    let signature = approval.signature.as_ref().map(|_| {
        let key = approval.who.key.as_str();
        let confirmed = signers.map(|signers| {
            verify_with(assessment, Some(signers))
                .approvals
                .into_iter()
                .find(|a| a.seq == approval.seq)
                .and_then(|a| a.signature)
        });
        match confirmed {
            None => tl!(lang, "report-approval-signed", key = key),
            Some(Some(check)) if check.is_allowed() => tl!(
                lang,
                "report-approval-signed-confirmed",
                key = key,
                principal = approval.who.principal.as_str()
            ),
            Some(check) => tl!(
                lang,
                "report-approval-signed-not-confirmed",
                key = key,
                reason = check.map(|c| c.message(lang)).unwrap_or_default()
            ),
        }
    });
    Some(Approver {
        position: approval.who.position.trim().to_owned(),
        name: initial_and_surname(&approval.who.name),
        date,
        signature,
    })
}

/// A name as a signature block writes it: the first name's initial and the
/// surname (`Aram Petrosyan` and `Aram Suren Petrosyan` give `A. Petrosyan`);
/// a name already written so, or a single word, stays as it is.
pub fn initial_and_surname(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [first, .., last] => match first.chars().next() {
            Some(initial) if !first.ends_with('.') => format!("{initial}. {last}"),
            _ => format!("{first} {last}"),
        },
    }
}
