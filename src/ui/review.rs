//! The review in the window: comments beside a question, the workflow buttons, the
//! dialogs asking who is reviewing and why, and the history of events.

use egui::{Id, Modal, RichText, Ui};

use crate::app::{Command, Document, Identity, ReviewDialog, ReviewEdit, ReviewState};
use crate::assessment::Lenient;
use crate::i18n;
use crate::questionnaire::QuestionId;
use crate::review::{self, Action, Actor, Comment, Event};
use crate::t;
use crate::ui::fonts;
use crate::zone::Zone;

/// The button that takes a workflow action, in the interface language.
pub fn action_label(action: Action) -> String {
    match action {
        Action::Submitted => t!("review-action-submit"),
        Action::Returned => t!("review-action-return"),
        Action::Reviewed => t!("review-action-reviewed"),
        Action::Approved => t!("review-action-approve"),
        Action::Reopened => t!("review-action-reopen"),
    }
}

/// A workflow action as the history tells it, in the interface language.
pub fn done_label(action: Action) -> String {
    match action {
        Action::Submitted => t!("review-done-submitted"),
        Action::Returned => t!("review-done-returned"),
        Action::Reviewed => t!("review-done-reviewed"),
        Action::Approved => t!("review-done-approved"),
        Action::Reopened => t!("review-done-reopened"),
    }
}

/// The status, and a button for each action the rules allow from it.
pub fn workflow_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    let status = doc.assessment().status();
    ui.label(t!(
        "review-status",
        status = status.map_or_else(
            || t!("app-status-unknown"),
            crate::ui::top_bar::status_label_text
        )
    ));
    for &action in status.map_or(&[][..], review::allowed) {
        if ui.button(action_label(action)).clicked() {
            commands.push(Command::AskAction(action));
        }
    }
}

/// The comments on a question (or, with `None`, on the whole assessment) with their
/// replies, and a field for a new one.
pub fn comments_ui(
    ui: &mut Ui,
    doc: &Document,
    question: Option<&QuestionId>,
    state: &mut ReviewState,
    commands: &mut Vec<Command>,
) {
    let open = doc.open_comments_on(question);
    ui.label(RichText::new(t!("review-comments", open = open)).strong());
    let label = ui.label(t!("review-new-comment"));
    ui.add(
        egui::TextEdit::multiline(&mut state.comment)
            .id_salt(("new comment", question.map(QuestionId::as_str)))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let text = state.comment.trim().to_owned();
    if ui
        .add_enabled(
            !text.is_empty(),
            egui::Button::new(t!("review-add-comment")),
        )
        .clicked()
    {
        commands.push(Command::Review(ReviewEdit::Comment {
            question: question.cloned(),
            text,
        }));
    }
    let comments = doc
        .assessment()
        .review
        .as_ref()
        .map_or(&[][..], |r| &r.comments);
    let mut any = false;
    for comment in comments.iter().filter(|c| c.question.as_ref() == question) {
        any = true;
        comment_ui(ui, &doc.assessment().meta.zone(), comment, state, commands);
    }
    if !any {
        let none = if question.is_some() {
            t!("review-no-comments")
        } else {
            t!("review-no-assessment-comments")
        };
        ui.label(RichText::new(none).weak());
    }
}

fn comment_ui(
    ui: &mut Ui,
    zone: &Zone,
    comment: &Comment,
    state: &mut ReviewState,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let status = if comment.is_open() {
            t!("review-comment-open")
        } else {
            t!("review-comment-resolved")
        };
        ui.label(
            RichText::new(t!(
                "review-comment-by",
                author = comment.author.as_str(),
                time = when(zone, &comment.time),
                state = status
            ))
            .weak(),
        );
        ui.label(&comment.text);
        for reply in &comment.replies {
            ui.indent(("reply", comment.id.as_str(), reply.time.as_str()), |ui| {
                ui.label(
                    RichText::new(t!(
                        "review-reply-by",
                        author = reply.author.as_str(),
                        time = when(zone, &reply.time)
                    ))
                    .weak(),
                );
                ui.label(&reply.text);
            });
        }
        if !comment.is_open() {
            return;
        }
        let draft = state.replies.entry(comment.id.clone()).or_default();
        let label = ui.label(t!("review-your-reply"));
        ui.add(
            egui::TextEdit::singleline(draft)
                .id_salt(("reply", comment.id.as_str()))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let text = draft.trim().to_owned();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!text.is_empty(), egui::Button::new(t!("review-reply")))
                .clicked()
            {
                commands.push(Command::Review(ReviewEdit::Reply {
                    id: comment.id.clone(),
                    text,
                }));
            }
            if ui.button(t!("review-resolve")).clicked() {
                commands.push(Command::Review(ReviewEdit::Resolve {
                    id: comment.id.clone(),
                }));
            }
        });
    });
}

/// The dialog shown: who is reviewing, or the note of an action.
/// `key` is the signing key open this session: its fingerprint and public line.
pub fn dialog_ui(
    ctx: &egui::Context,
    dialog: &mut ReviewDialog,
    key: Option<&(String, String)>,
    commands: &mut Vec<Command>,
) {
    let response = Modal::new(Id::unique("review dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        match dialog {
            ReviewDialog::Identity {
                identity,
                passphrase,
                ..
            } => {
                identity_ui(ui, identity);
                key_ui(ui, identity, passphrase, key, commands);
                identity_buttons_ui(ui, identity, commands);
            }
            ReviewDialog::Act { action, note } => note_ui(ui, *action, note, commands),
        }
    });
    if response.should_close() {
        commands.push(Command::CancelReviewDialog);
    }
}

fn title_ui(ui: &mut Ui, title: String) {
    ui.label(
        RichText::new(title)
            .family(fonts::bold())
            .strong()
            .size(18.0),
    );
}

fn identity_ui(ui: &mut Ui, identity: &mut Identity) {
    title_ui(ui, t!("review-identity-title"));
    ui.label(t!("review-identity-why"));
    for (field, id) in [
        (&mut identity.name, "review-identity-name"),
        (&mut identity.role, "review-identity-role"),
        (&mut identity.organisation, "review-identity-organisation"),
        (&mut identity.position, "review-identity-position"),
    ] {
        let label = ui.label(t!(id));
        ui.add(egui::TextEdit::singleline(field).id_salt(id))
            .labelled_by(label.id);
    }
}

/// The signing key: the principal it signs as, the key open (its fingerprint and
/// the public line to send to the coordinator), and making or choosing one.
fn key_ui(
    ui: &mut Ui,
    identity: &mut Identity,
    passphrase: &mut String,
    key: Option<&(String, String)>,
    commands: &mut Vec<Command>,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(t!("review-key-title")).strong());
    ui.label(RichText::new(t!("review-key-why")).weak());
    let label = ui.label(t!("review-identity-principal"));
    ui.add(
        egui::TextEdit::singleline(&mut identity.principal)
            .id_salt("principal")
            .hint_text("name@ministry.am"),
    )
    .labelled_by(label.id);
    let label = ui.label(t!("review-key-passphrase"));
    ui.add(
        egui::TextEdit::singleline(passphrase)
            .id_salt("passphrase")
            .password(true),
    )
    .labelled_by(label.id);
    match (key, &identity.key_file) {
        (Some((fingerprint, public)), file) => {
            ui.label(t!("review-key-open", key = fingerprint.as_str()));
            if let Some(file) = file {
                ui.label(RichText::new(file.display().to_string()).weak().small());
            }
            let label = ui.label(t!("review-key-public"));
            let mut line = public.clone();
            ui.add(
                egui::TextEdit::multiline(&mut line)
                    .id_salt("public key")
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        }
        (None, Some(file)) => {
            ui.label(t!("review-key-locked", file = file.display().to_string()));
        }
        (None, None) => {
            ui.label(RichText::new(t!("review-key-none")).weak());
        }
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("review-key-create")).clicked() {
            commands.push(Command::CreateKey);
        }
        if ui.button(t!("review-key-choose")).clicked() {
            commands.push(Command::ChooseKey);
        }
        if key.is_none()
            && identity.key_file.is_some()
            && ui.button(t!("review-key-unlock")).clicked()
        {
            commands.push(Command::UnlockKey);
        }
        if identity.key_file.is_some() && ui.button(t!("review-key-forget")).clicked() {
            commands.push(Command::ForgetKey);
        }
    });
}

fn identity_buttons_ui(ui: &mut Ui, identity: &Identity, commands: &mut Vec<Command>) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        // Signing needs a principal: the coordinator's file lists the key for it.
        let principal_missing = identity.key_file.is_some() && identity.principal.trim().is_empty();
        if ui
            .add_enabled(
                identity.is_complete() && !principal_missing,
                egui::Button::new(t!("review-identity-save")),
            )
            .clicked()
        {
            commands.push(Command::SetIdentity(identity.clone()));
        }
        if ui.button(t!("review-cancel")).clicked() {
            commands.push(Command::CancelReviewDialog);
        }
    });
}

fn note_ui(ui: &mut Ui, action: Action, note: &mut String, commands: &mut Vec<Command>) {
    title_ui(ui, action_label(action));
    let label = ui.label(t!("review-note"));
    ui.add(
        egui::TextEdit::multiline(note)
            .id_salt("review note")
            .hint_text(t!("review-note-hint"))
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    ui.horizontal(|ui| {
        if ui.button(t!("review-record")).clicked() {
            commands.push(Command::Review(ReviewEdit::Act {
                action,
                note: note.clone(),
            }));
        }
        if ui.button(t!("review-cancel")).clicked() {
            commands.push(Command::CancelReviewDialog);
        }
    });
}

/// The events, and plainly whether the chain holds and the content changed since.
pub fn history_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    let events = doc
        .assessment()
        .review
        .as_ref()
        .map_or(&[][..], |r| &r.events);
    egui::CollapsingHeader::new(t!("review-history", count = events.len()))
        .id_salt("history")
        .show(ui, |ui| {
            // A combined file's history starts with the files it was made from.
            let sources = &doc.assessment().meta.merged_from;
            if !sources.is_empty() {
                ui.label(t!("cli-history-merged", count = sources.len()));
                for source in sources {
                    ui.label(
                        RichText::new(format!("{}  SHA-256 {}", source.file, source.sha256))
                            .small(),
                    );
                }
            }
            let zone = doc.assessment().meta.zone();
            for event in events {
                event_ui(ui, &zone, event);
            }
            let verification = review::verify(doc.assessment());
            let holds = verification.holds();
            let color = if holds {
                ui.visuals().text_color()
            } else {
                ui.visuals().error_fg_color
            };
            ui.colored_label(color, verification.chain.message(i18n::ui_language()));
            if let Some(content) = &verification.content {
                ui.colored_label(color, content.message(i18n::ui_language()));
            }
            for signed in verification.signatures.iter().filter(|s| s.check.is_some()) {
                let color = if signed.holds(false) {
                    ui.visuals().text_color()
                } else {
                    ui.visuals().error_fg_color
                };
                ui.colored_label(color, signed.message(i18n::ui_language(), false));
            }
            if ui.button(t!("review-identity-edit")).clicked() {
                commands.push(Command::EditIdentity);
            }
        });
}

fn event_ui(ui: &mut Ui, zone: &Zone, event: &Event) {
    let status = |s: &Lenient<crate::assessment::Status>| match s {
        Lenient::Valid(s) => crate::ui::top_bar::status_label_text(*s),
        Lenient::Invalid(v) => v.to_string(),
    };
    let action = match &event.action {
        Lenient::Valid(a) => done_label(*a),
        Lenient::Invalid(v) => v.to_string(),
    };
    let line = t!(
        "review-event",
        seq = event.seq,
        time = when(zone, &event.time),
        who = who(&event.who),
        action = action,
        before = status(&event.status_before),
        after = status(&event.status_after)
    );
    if event.signature.is_some() {
        ui.horizontal_wrapped(|ui| {
            ui.label(line);
            ui.label(RichText::new(t!("cli-history-signed", key = event.who.key.as_str())).weak());
        });
    } else {
        ui.label(line);
    }
    if !event.note.is_empty() {
        ui.indent(("note", event.seq), |ui| {
            ui.label(RichText::new(&event.note).italics());
        });
    }
}

/// A time from the file (RFC 3339, UTC) as a person reads it, in the
/// assessment's zone: `2026-11-28 14:00 (Yerevan time)`; as written when it is
/// not a time.
fn when(zone: &Zone, time: &str) -> String {
    zone.written_time(i18n::ui_language(), time)
}

fn who(actor: &Actor) -> String {
    t!(
        "review-who",
        name = actor.name.as_str(),
        role = actor.role.as_str(),
        organisation = actor.organisation.as_str()
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_read_in_the_assessments_zone() {
        crate::i18n::set_ui_language(crate::i18n::Language::En);
        let yerevan = crate::zone::Zone::of(crate::zone::YEREVAN);
        let utc = crate::zone::Zone::utc();
        for (zone, file, shown) in [
            (
                &yerevan,
                "2026-11-28T10:05:09Z",
                "2026-11-28 14:05 (Yerevan time)",
            ),
            (
                &yerevan,
                "2026-11-28T10:05:09.250Z",
                "2026-11-28 14:05 (Yerevan time)",
            ),
            (
                &yerevan,
                "2026-11-28T10:05:09+04:00",
                "2026-11-28 10:05 (Yerevan time)",
            ),
            (&utc, "2026-11-28T10:05:09Z", "2026-11-28 10:05 (UTC)"),
            (&yerevan, "yesterday", "yesterday"),
            (&yerevan, "", ""),
        ] {
            assert_eq!(super::when(zone, file), shown);
        }
    }
}
