//! The review trail as the report shows it: the last event and the sign-off for
//! the cover, the comments for their annex, resolved to the report's language.

use super::layout::excerpt;
use super::model::{CommentEntry, ReviewState};
use crate::assessment::{Assessment, Lenient, Status, parse_timestamp};
use crate::i18n::{Language, format};
use crate::questionnaire::Questionnaire;
use crate::review::{Action, verify};
use crate::tl;

/// How much of a question's text the comments annex shows.
const QUESTION_EXCERPT: usize = 140;

/// The last event and, for an approved file, who approved and whether the content
/// is still the one approved; none without a trail.
pub(super) fn review_state(assessment: &Assessment, lang: Language) -> Option<ReviewState> {
    let last = assessment.review.as_ref()?.events.last()?;
    let verification = verify(assessment);
    let approved = assessment.meta.status == Lenient::Valid(Status::Approved);
    let approval = verification.approvals.last().filter(|_| approved).map(|a| {
        let date = parse_timestamp(&a.time).map_or_else(
            || a.time.clone(),
            |at| format::date_long(lang, at.to_offset(time::UtcOffset::UTC).date()),
        );
        (a, date)
    });
    let changed_since_approval = approval.as_ref().filter(|(a, _)| !a.current).map(|_| {
        verification
            .content
            .as_ref()
            .map(|c| c.changed.iter().map(|p| p.name().to_owned()).collect())
            .unwrap_or_default()
    });
    Some(ReviewState {
        seq: last.seq,
        action: match last.action {
            Lenient::Valid(action) => action_word(lang, action),
            Lenient::Invalid(ref value) => value.to_string(),
        },
        who: last.who.label(),
        time: utc_time(lang, &last.time),
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
            time: utc_time(lang, &c.time),
            text: c.text.clone(),
            open: c.is_open(),
            replies: c
                .replies
                .iter()
                .map(|r| (r.author.clone(), utc_time(lang, &r.time), r.text.clone()))
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

/// A time from the file in UTC, as a reader writes it; as written when it is not one.
pub(super) fn utc_time(lang: Language, value: &str) -> String {
    match parse_timestamp(value) {
        Some(at) => tl!(
            lang,
            "report-time-utc",
            time = format::date_time(lang, at.to_offset(time::UtcOffset::UTC)),
        ),
        None => value.to_owned(),
    }
}
