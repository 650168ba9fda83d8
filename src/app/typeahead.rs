//! Keys typed ahead of the window. A slow frame (a busy machine, a remote desktop)
//! can carry a burst of keys, and egui acts on some of them before any widget sees
//! the rest: an Escape anywhere in the frame drops the focus as the frame begins,
//! so the letters typed just before it never reached the text field and turned into
//! shortcuts (the last "n" of a word toggled "not applicable"). The burst is split
//! where the focus changes, and each part reaches the window in a frame of its own,
//! in the order typed.

use egui::{Event, Key, Modifiers};

use crate::app::App;

/// How many frames keys wait for a field a key asked for.
const MAX_FOCUS_WAITS: u8 = 3;

/// Splits a frame's events where the keyboard focus changes and returns those held
/// back for the next frame (none when nothing needs to wait).
///
/// `typing`: a text field has the keyboard as the frame begins.
pub fn hold_back(events: &mut Vec<Event>, typing: bool) -> Vec<Event> {
    let mut typing = typing;
    let mut keys_before = false;
    for i in 0..events.len() {
        let Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } = &events[i]
        else {
            keys_before |= matches!(events[i], Event::Text(_));
            continue;
        };
        let (key, modifiers) = (*key, *modifiers);
        // egui takes Escape and Tab as the frame begins, before the field has seen
        // what was typed ahead of them: they start a frame of their own.
        if keys_before && matches!(key, Key::Escape | Key::Tab) {
            return events.split_off(i);
        }
        if key == Key::Escape {
            typing = false;
        }
        if moves_focus(key, modifiers, typing) {
            // E's own text, "e", goes with it, not into the field.
            let own_text = key == Key::E && matches!(events.get(i + 1), Some(Event::Text(_)));
            return events.split_off(i + 1 + usize::from(own_text));
        }
        keys_before = true;
    }
    Vec::new()
}

/// Whether what is typed after this key goes somewhere else than before it.
fn moves_focus(key: Key, modifiers: Modifiers, typing: bool) -> bool {
    let plain = modifiers.is_none();
    let alt_only = modifiers.alt && !modifiers.ctrl && !modifiers.command && !modifiers.shift;
    // E puts the cursor in the evidence; Tab moves it to the next field.
    let into_a_field = (key == Key::E && plain && !typing) || key == Key::Tab;
    // Another question: the field being typed in goes.
    let away = typing
        && ((plain && matches!(key, Key::PageDown | Key::PageUp))
            || (alt_only && matches!(key, Key::ArrowLeft | Key::ArrowRight)));
    into_a_field || away
}

/// Whether an event is typing: keys and text wait together, pointer moves do not.
fn is_typing(event: &Event) -> bool {
    matches!(event, Event::Key { .. } | Event::Text(_))
}

impl App {
    /// Feeds the window the keys held back from earlier frames, then holds back
    /// what must wait for the focus to move (see [`hold_back`]). The keys wait, too,
    /// while a field asked for by a key (E) has not taken the cursor yet.
    pub fn hold_back_typed_ahead(&mut self, ctx: &egui::Context, raw: &mut egui::RawInput) {
        let mut events = std::mem::take(&mut self.window.held_back);
        events.append(&mut raw.events);
        // A field asked for is taken in the next frame; should it not be (another
        // screen came first), the keys are not held for ever.
        if self.view.questions.focus.is_some() {
            self.window.focus_waits += 1;
            if self.window.focus_waits > MAX_FOCUS_WAITS {
                self.view.questions.focus = None;
            }
        }
        if self.view.questions.focus.is_some() {
            let (waiting, now): (Vec<Event>, Vec<Event>) = events.into_iter().partition(is_typing);
            raw.events = now;
            self.window.held_back = waiting;
        } else {
            self.window.focus_waits = 0;
            raw.events = events;
            self.window.held_back = hold_back(&mut raw.events, ctx.text_edit_focused());
        }
        if !self.window.held_back.is_empty() {
            ctx.request_repaint();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::NONE,
        }
    }

    fn text(s: &str) -> Event {
        Event::Text(s.into())
    }

    #[test]
    fn a_burst_is_split_where_the_focus_moves() {
        let cases: Vec<(bool, Vec<Event>, usize)> = vec![
            // Typing, then Escape: the letters reach the field before Escape.
            (true, vec![key(Key::N), text("n"), key(Key::Escape)], 2),
            // Escape first is fine: it leads its frame.
            (true, vec![key(Key::Escape), key(Key::Num3)], 2),
            // A level, E, then words: the words wait until the field has the cursor.
            (
                false,
                vec![
                    key(Key::Num3),
                    key(Key::E),
                    text("e"),
                    key(Key::A),
                    text("a"),
                ],
                3,
            ),
            // While typing, E is a letter.
            (
                true,
                vec![key(Key::E), text("e"), key(Key::A), text("a")],
                4,
            ),
            // Page Down while typing: what follows is for the next question.
            (true, vec![key(Key::PageDown), key(Key::Num2)], 1),
            // Not typing, Page Down then a level is fine in one frame.
            (false, vec![key(Key::PageDown), key(Key::Num2)], 2),
            // Tab leads its own frame and ends it.
            (true, vec![text("x"), key(Key::Tab), text("y")], 1),
            (true, vec![key(Key::Tab), text("y")], 1),
        ];
        for (typing, events, kept) in cases {
            let mut now = events.clone();
            let later = hold_back(&mut now, typing);
            assert_eq!(now.len(), kept, "{events:?}");
            assert_eq!(now.len() + later.len(), events.len());
            let mut joined = now;
            joined.extend(later);
            assert_eq!(joined, events, "the order is kept");
        }
    }
}
