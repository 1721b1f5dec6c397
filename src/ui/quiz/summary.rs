//! The record in one line: "Best 8 of 10 · 3 attempts · last 7 of 10".

use culture_core::quiz::QuizRecord;
use leptos::prelude::*;

/// The record's line, kept up to date with `record`; nothing while there are no attempts.
#[component]
pub(super) fn RecordLine(record: RwSignal<QuizRecord>) -> impl IntoView {
    move || record.with(|record| record_line(record).map(|line| view! { <p class="quiz-record">{line}</p> }))
}

/// "Best N of 10 · M attempts · last N of 10", leaving out what the record does not have; after a
/// retry, the score across the quiz follows the last one ("last 3 of 7, now 6 of 10").
pub fn record_line(record: &QuizRecord) -> Option<String> {
    if record.attempts == 0 {
        return None;
    }
    let mut parts = Vec::new();
    if let Some(best) = record.best {
        parts.push(format!("Best {}", best.label()));
    }
    let plural = if record.attempts == 1 { "attempt" } else { "attempts" };
    parts.push(format!("{} {plural}", record.attempts));
    if let Some(last) = record.last {
        match record.standing.filter(|now| *now != last) {
            Some(now) => parts.push(format!("last {}, now {}", last.label(), now.label())),
            None => parts.push(format!("last {}", last.label())),
        }
    }
    Some(parts.join(" · "))
}
