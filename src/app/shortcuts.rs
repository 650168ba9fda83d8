//! Keyboard shortcuts: a pure function from the keys pressed in a frame to commands.

use egui::{InputState, Key, Modifiers};

use crate::app::command::Command;
use crate::app::edit::Edit;
use crate::app::view::Step;
use crate::questionnaire::{Level, QuestionId};

/// The question on screen, which answer shortcuts change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answering {
    /// The question shown when the keys were pressed.
    pub question: QuestionId,
    /// Whether it is marked not applicable (N toggles it).
    pub not_applicable: bool,
}

/// What the shortcuts depend on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyContext {
    /// A text field has the keyboard: digits and letters are text, not shortcuts.
    pub typing: bool,
    /// The questions screen is shown, at this question.
    pub answering: Option<Answering>,
}

const LEVEL_KEYS: [Key; 5] = [Key::Num0, Key::Num1, Key::Num2, Key::Num3, Key::Num4];

/// Takes the shortcuts out of this frame's input and returns their commands.
///
/// Edits name the question shown now, so a Page Down in the same frame cannot
/// send them to the next question.
pub fn shortcuts(input: &mut InputState, context: &KeyContext) -> Vec<Command> {
    let mut commands = Vec::new();
    // Most specific first: Ctrl+Shift+S must not also count as Ctrl+S.
    if input.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::S) {
        commands.push(Command::SaveAs);
    }
    if input.consume_key(Modifiers::COMMAND, Key::S) {
        commands.push(Command::Save);
    }
    if input.consume_key(Modifiers::COMMAND, Key::O) {
        commands.push(Command::OpenDialog { read_only: false });
    }
    if input.consume_key(Modifiers::NONE, Key::F1) {
        commands.push(Command::ToggleHelp);
    }
    let Some(answering) = &context.answering else {
        return commands;
    };
    if input.consume_key(Modifiers::NONE, Key::PageDown)
        || input.consume_key(Modifiers::ALT, Key::ArrowRight)
    {
        commands.push(Command::Go(Step::Next));
    }
    if input.consume_key(Modifiers::NONE, Key::PageUp)
        || input.consume_key(Modifiers::ALT, Key::ArrowLeft)
    {
        commands.push(Command::Go(Step::Previous));
    }
    if context.typing {
        return commands;
    }
    let id = &answering.question;
    for (n, key) in (0u8..).zip(LEVEL_KEYS) {
        if input.consume_key(Modifiers::NONE, key) {
            commands.push(Command::Edit(Edit::Level(id.clone(), Level::new(n))));
        }
    }
    if input.consume_key(Modifiers::NONE, Key::N) {
        commands.push(Command::Edit(Edit::NotApplicable(
            id.clone(),
            !answering.not_applicable,
        )));
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key, modifiers: Modifiers) -> egui::Event {
        egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn run(events: Vec<egui::Event>, context: &KeyContext) -> (Vec<Command>, usize) {
        let mut input = InputState::default();
        input.events = events;
        let commands = shortcuts(&mut input, context);
        (commands, input.events.len())
    }

    fn answering(not_applicable: bool) -> KeyContext {
        KeyContext {
            typing: false,
            answering: Some(Answering {
                question: QuestionId::from("BR2.1"),
                not_applicable,
            }),
        }
    }

    #[test]
    fn keys_become_commands() {
        let q = || QuestionId::from("BR2.1");
        let cases: Vec<(Vec<egui::Event>, KeyContext, Vec<Command>)> = vec![
            (
                vec![key(Key::S, Modifiers::COMMAND)],
                KeyContext::default(),
                vec![Command::Save],
            ),
            (
                vec![key(Key::S, Modifiers::COMMAND | Modifiers::SHIFT)],
                KeyContext::default(),
                vec![Command::SaveAs],
            ),
            (
                vec![key(Key::O, Modifiers::COMMAND)],
                KeyContext::default(),
                vec![Command::OpenDialog { read_only: false }],
            ),
            (
                vec![key(Key::F1, Modifiers::NONE)],
                answering(false),
                vec![Command::ToggleHelp],
            ),
            (
                vec![key(Key::Num3, Modifiers::NONE)],
                answering(false),
                vec![Command::Edit(Edit::Level(q(), Level::new(3)))],
            ),
            (
                vec![key(Key::N, Modifiers::NONE)],
                answering(false),
                vec![Command::Edit(Edit::NotApplicable(q(), true))],
            ),
            (
                vec![key(Key::N, Modifiers::NONE)],
                answering(true),
                vec![Command::Edit(Edit::NotApplicable(q(), false))],
            ),
            (
                vec![key(Key::ArrowRight, Modifiers::ALT)],
                answering(false),
                vec![Command::Go(Step::Next)],
            ),
            (
                vec![key(Key::PageUp, Modifiers::NONE)],
                answering(false),
                vec![Command::Go(Step::Previous)],
            ),
            // Page Down and a level in one frame: the level names the question shown.
            (
                vec![
                    key(Key::PageDown, Modifiers::NONE),
                    key(Key::Num2, Modifiers::NONE),
                ],
                answering(false),
                vec![
                    Command::Go(Step::Next),
                    Command::Edit(Edit::Level(q(), Level::new(2))),
                ],
            ),
            // Off the questions screen, digits and navigation are left alone.
            (
                vec![
                    key(Key::Num2, Modifiers::NONE),
                    key(Key::PageDown, Modifiers::NONE),
                ],
                KeyContext::default(),
                vec![],
            ),
        ];
        for (events, context, expected) in cases {
            let (commands, _) = run(events.clone(), &context);
            assert_eq!(commands, expected, "keys {events:?}");
        }
    }

    #[test]
    fn typing_keeps_digits_and_letters_but_not_navigation() {
        let context = KeyContext {
            typing: true,
            ..answering(false)
        };
        let (commands, left) = run(
            vec![
                key(Key::Num2, Modifiers::NONE),
                key(Key::N, Modifiers::NONE),
                key(Key::PageDown, Modifiers::NONE),
            ],
            &context,
        );
        assert_eq!(commands, vec![Command::Go(Step::Next)]);
        assert_eq!(left, 2, "the digit and the letter stay for the text field");
    }
}
