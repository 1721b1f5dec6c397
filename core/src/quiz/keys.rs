//! The quiz's keyboard: keys 1 to 4 pick the option shown in that place, Enter confirms the pick or,
//! once the answer shows, moves on. The UI passes `KeyboardEvent.key` through [`KeyAction::from_key`].

use super::QuizAttempt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Pick the option shown at this place (0-based).
    Pick(usize),
    /// Confirm the pick, or go on to the next question once the answer shows.
    Enter,
}

impl KeyAction {
    /// The action for a `KeyboardEvent.key` value, if the quiz uses that key.
    pub fn from_key(key: &str) -> Option<KeyAction> {
        match key {
            "1" => Some(KeyAction::Pick(0)),
            "2" => Some(KeyAction::Pick(1)),
            "3" => Some(KeyAction::Pick(2)),
            "4" => Some(KeyAction::Pick(3)),
            "Enter" => Some(KeyAction::Enter),
            _ => None,
        }
    }
}

impl QuizAttempt {
    /// Applies a key's action. When the attempt comes back changed, the UI should also prevent the
    /// key's default behaviour.
    #[must_use]
    pub fn press(&self, action: KeyAction) -> QuizAttempt {
        match action {
            KeyAction::Pick(position) => self.select_at(position),
            KeyAction::Enter => {
                let confirmed = self.confirm();
                if confirmed == *self {
                    self.next_question()
                } else {
                    confirmed
                }
            }
        }
    }
}
