//! Keyboard shortcuts: a pure function from the keys pressed in a frame to commands.

use egui::{InputState, Key, Modifiers};

use crate::app::command::Command;
use crate::app::edit::TextField;
use crate::app::view::Step;
use crate::questionnaire::Level;

/// What a key does to the answer of the question shown when its command runs.
///
/// Not the question shown when the key was pressed: keys pressed in one frame run in
/// the order they were typed, so after a Page Down a level goes to the next question,
/// as the user meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyEdit {
    /// A number key: this level.
    Level(Level),
    /// N: not applicable, or applicable again.
    ToggleNotApplicable,
}

/// What the shortcuts depend on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyContext {
    /// A text field has the keyboard: digits and letters are text, not shortcuts.
    pub typing: bool,
    /// The questions screen is shown, with a question on it.
    pub answering: bool,
}

const LEVEL_KEYS: [Key; 5] = [Key::Num0, Key::Num1, Key::Num2, Key::Num3, Key::Num4];

/// Takes the shortcuts out of this frame's input and returns their commands, in
/// the order the keys were pressed.
pub fn shortcuts(input: &mut InputState, context: &KeyContext) -> Vec<Command> {
    let mut commands = Vec::new();
    input.events.retain(|event| {
        let egui::Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } = event
        else {
            return true;
        };
        let command = command_for(*key, *modifiers, context);
        let taken = command.is_some();
        commands.extend(command);
        !taken
    });
    commands
}

/// The command of one key press, if it is a shortcut here.
fn command_for(key: Key, modifiers: Modifiers, context: &KeyContext) -> Option<Command> {
    // Shift and Alt beyond what a shortcut names are ignored, as egui's
    // `consume_key` does; so the most specific comes first: Ctrl+Shift+S must not
    // also count as Ctrl+S.
    let pressed = |wanted: Key, with: Modifiers| key == wanted && modifiers.matches_logically(with);
    let everywhere = [
        (
            Key::S,
            Modifiers::COMMAND | Modifiers::SHIFT,
            Command::SaveAs,
        ),
        (Key::S, Modifiers::COMMAND, Command::Save),
        (
            Key::O,
            Modifiers::COMMAND,
            Command::OpenDialog { read_only: false },
        ),
        (Key::E, Modifiers::COMMAND, Command::ExportPdf),
        (Key::F1, Modifiers::NONE, Command::ToggleHelp),
    ];
    if let Some((.., command)) = everywhere
        .into_iter()
        .find(|(wanted, with, _)| pressed(*wanted, *with))
    {
        return Some(command);
    }
    if !context.answering {
        return None;
    }
    if pressed(Key::PageDown, Modifiers::NONE) || pressed(Key::ArrowRight, Modifiers::ALT) {
        return Some(Command::Go(Step::Next));
    }
    if pressed(Key::PageUp, Modifiers::NONE) || pressed(Key::ArrowLeft, Modifiers::ALT) {
        return Some(Command::Go(Step::Previous));
    }
    if context.typing {
        return None;
    }
    if let Some((n, _)) = (0u8..)
        .zip(LEVEL_KEYS)
        .find(|(_, level_key)| pressed(*level_key, Modifiers::NONE))
    {
        return Level::new(n).map(|level| Command::KeyEdit(KeyEdit::Level(level)));
    }
    if pressed(Key::N, Modifiers::NONE) {
        return Some(Command::KeyEdit(KeyEdit::ToggleNotApplicable));
    }
    if pressed(Key::E, Modifiers::NONE) {
        return Some(Command::FocusField(TextField::Evidence));
    }
    None
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

    fn answering() -> KeyContext {
        KeyContext {
            typing: false,
            answering: true,
        }
    }

    #[test]
    fn keys_become_commands() {
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
                vec![key(Key::E, Modifiers::COMMAND)],
                KeyContext::default(),
                vec![Command::ExportPdf],
            ),
            (
                vec![key(Key::F1, Modifiers::NONE)],
                answering(),
                vec![Command::ToggleHelp],
            ),
            (
                vec![key(Key::Num3, Modifiers::NONE)],
                answering(),
                vec![Command::KeyEdit(KeyEdit::Level(
                    Level::new(3).expect("a level"),
                ))],
            ),
            (
                vec![key(Key::N, Modifiers::NONE)],
                answering(),
                vec![Command::KeyEdit(KeyEdit::ToggleNotApplicable)],
            ),
            (
                vec![key(Key::E, Modifiers::NONE)],
                answering(),
                vec![Command::FocusField(TextField::Evidence)],
            ),
            (
                vec![key(Key::ArrowRight, Modifiers::ALT)],
                answering(),
                vec![Command::Go(Step::Next)],
            ),
            (
                vec![key(Key::PageUp, Modifiers::NONE)],
                answering(),
                vec![Command::Go(Step::Previous)],
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
    fn keys_pressed_in_one_frame_run_in_order() {
        let cases: Vec<(Vec<egui::Event>, Vec<Command>)> = vec![
            // Keys pressed in one frame run in the order they were typed: the level
            // after Page Down goes to the next question, not the one it left.
            (
                vec![
                    key(Key::PageDown, Modifiers::NONE),
                    key(Key::Num2, Modifiers::NONE),
                    key(Key::S, Modifiers::COMMAND),
                ],
                vec![
                    Command::Go(Step::Next),
                    Command::KeyEdit(KeyEdit::Level(Level::new(2).expect("a level"))),
                    Command::Save,
                ],
            ),
            (
                vec![
                    key(Key::Num2, Modifiers::NONE),
                    key(Key::PageDown, Modifiers::NONE),
                ],
                vec![
                    Command::KeyEdit(KeyEdit::Level(Level::new(2).expect("a level"))),
                    Command::Go(Step::Next),
                ],
            ),
        ];
        for (events, expected) in cases {
            let (commands, _) = run(events.clone(), &answering());
            assert_eq!(commands, expected, "keys {events:?}");
        }
    }

    #[test]
    fn typing_keeps_digits_and_letters_but_not_navigation() {
        let context = KeyContext {
            typing: true,
            ..answering()
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
