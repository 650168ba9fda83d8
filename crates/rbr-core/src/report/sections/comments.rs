//! The review comments annex: the open comments by question, and with
//! `--all-comments` the resolved ones, each with its replies.

use crate::report::canvas::{BLACK, Canvas, GREY};
use crate::report::layout::Span;
use crate::report::{CommentEntry, Report};
use crate::tl;

use super::{BODY, H1, H2, SMALL};

/// Lays out the annex; nothing when there is no comment to list.
pub(super) fn comments(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    let listed: Vec<&CommentEntry> = report.listed_comments().collect();
    if listed.is_empty() {
        return;
    }
    canvas.new_page();
    let heading = tl!(lang, "report-comments");
    canvas.bookmark(&heading);
    canvas.heading(&heading, H1, 60.0);
    let intro = if report.all_comments {
        tl!(lang, "report-comments-intro-all")
    } else {
        tl!(
            lang,
            "report-comments-intro-open",
            option = "`rbr report --all-comments`"
        )
    };
    canvas.paragraph(&[Span::regular(intro)], 8.5, 0.0, GREY);
    let mut previous = None;
    for comment in listed {
        let question = comment.question.as_ref().map(|(id, _)| id);
        if previous != Some(question) {
            let title = match &comment.question {
                Some((id, text)) => format!("{id} {text}"),
                None => tl!(lang, "report-comments-whole"),
            };
            canvas.heading(&title, H2, 50.0);
            previous = Some(question);
        }
        entry(canvas, report, comment);
    }
}

/// One comment: who wrote it and when, whether it is resolved, what it says, and the replies.
fn entry(canvas: &mut Canvas<'_>, report: &Report, comment: &CommentEntry) {
    let lang = report.language;
    let state = if comment.open {
        tl!(lang, "report-comment-open")
    } else {
        tl!(lang, "report-comment-resolved")
    };
    canvas.ensure(40.0);
    canvas.paragraph(
        &[
            Span::bold(&comment.author),
            Span::regular(format!(", {} · {state}", comment.time)),
        ],
        SMALL + 0.5,
        0.0,
        GREY,
    );
    canvas.paragraph(&[Span::regular(&comment.text)], BODY, 0.0, BLACK);
    for (author, time, text) in &comment.replies {
        canvas.bullet(
            &[
                Span::bold(author),
                Span::regular(format!(", {time} — ")),
                Span::regular(text),
            ],
            SMALL + 0.5,
            12.0,
        );
    }
    canvas.advance(6.0);
}
