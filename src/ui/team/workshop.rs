//! Running the discussion: a presenter mode for a big screen (one disputed statement at a time, in
//! large type on a dark ground, arrow keys to move, Escape to leave) and the workshop agenda, on
//! screen and printable on its own: headed by the session's name and the day, the disputes first with
//! their time boxes, then the weakest pillars with the actions to start from
//! (`culture_core::team::Agenda`). On paper it keeps to two A4 pages for a team of five or six.
//! The agenda and presenter mode are parts of their own, fetched when first opened.

use culture_core::team::{Agenda, TeamSummary, MINUTES_FOR_GROUP_GAP, MINUTES_PER_PILLAR};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::distribution::{Distribution, DistributionLegend};
use super::fold::Fold;
use crate::browser::{clock, focus, keyboard, print};
use crate::ui::heading_text::heading_text;
use crate::ui::lazy::{lazy_view, load, view_chunk};

/// The agenda's section: its heading, the way into presenter mode, and the agenda itself unfolded on
/// demand.
#[component]
pub(super) fn Workshop(
    summary: Memo<TeamSummary>,
    /// The agenda's heading, naming the session ([`Agenda::title`]).
    title: Signal<String>,
) -> impl IntoView {
    // The dispute on the big screen, while presenting; presenter mode is fetched on the first press.
    let showing = RwSignal::new(None::<usize>);
    let presented = RwSignal::new(false);
    // Every dispute the summary lists is on the agenda (`Agenda::of`).
    let disputed = move || summary.with(|summary| !summary.disagreements.is_empty());
    let present = move |_| {
        showing.set(Some(0));
        presented.set(true);
        focus::after_render("#presenter-question");
    };
    view! {
        <section class="agenda stack" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{title}</h2>
            <Show when=disputed>
                <p class="actions no-print">
                    <button type="button" id="present-button" class="button button--primary" on:click=present>
                        "Present the disputes"
                    </button>
                </p>
            </Show>
            {move || presented.get().then(|| untrack(|| presenter(summary, showing)))}
            <Fold id="agenda-body" label="Show the agenda" part=move || agenda(summary)/>
        </section>
    }
}

/// Presenter mode: the dispute `showing` on the big screen, while it is set.
#[component]
pub(super) fn Presenter(summary: Memo<TeamSummary>, showing: RwSignal<Option<usize>>) -> impl IntoView {
    let agenda = Memo::new(move |_| summary.with(Agenda::of));
    let count = move || agenda.with(|agenda| agenda.disputes.len());
    let close = move || {
        showing.set(None);
        focus::after_render("#present-button");
    };
    let step = move |by: isize| {
        showing.update(|showing| {
            if let Some(index) = showing {
                *index = index.saturating_add_signed(by).min(count().saturating_sub(1));
            }
        });
        focus::after_render("#presenter-question");
    };
    let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if showing.get_untracked().is_none() || keyboard::has_modifier(&event) {
            return;
        }
        match event.key().as_str() {
            "ArrowRight" | "PageDown" => step(1),
            "ArrowLeft" | "PageUp" => step(-1),
            "Escape" => close(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());
    // Opened by the first press, whose focus found no dialog yet.
    if showing.get_untracked().is_some() {
        focus::after_render("#presenter-question");
    }

    move || {
        let index = showing.get()?;
        let dispute = agenda.with(|agenda| agenda.disputes.get(index).cloned())?;
        let total = count();
        Some(view! {
            <div class="presenter" role="dialog" aria-modal="true" aria-labelledby="presenter-question">
                <p class="presenter__place">
                    {format!("Dispute {} of {total} · {} · about {} minutes", index + 1, dispute.disagreement.statement.pillar().name, dispute.minutes)}
                </p>
                <h2 id="presenter-question" class="presenter__question" tabindex="-1">
                    {heading_text(&dispute.disagreement.question())}
                </h2>
                <Distribution disagreement=dispute.disagreement.clone()/>
                <DistributionLegend/>
                <p class="presenter__prompt">{dispute.disagreement.statement.discussion()}</p>
                <p class="presenter__controls">
                    <button type="button" class="button" disabled={index == 0} on:click=move |_| step(-1)>"Previous"</button>
                    <button type="button" class="button" disabled={index + 1 >= total} on:click=move |_| step(1)>"Next"</button>
                    <button type="button" class="button" on:click=move |_| close()>"Close"</button>
                    <span class="presenter__hint hint--keys">"Arrow keys or Page Up and Page Down move, Escape closes."</span>
                </p>
            </div>
        })
    }
}

/// The agenda on screen, with the button that prints it alone.
#[component]
pub(super) fn AgendaView(summary: Memo<TeamSummary>) -> impl IntoView {
    let agenda = Memo::new(move |_| summary.with(Agenda::of));
    let agenda_view = move || {
        agenda.with(|agenda| {
            let disputes = agenda
                .disputes
                .iter()
                .map(|dispute| {
                    view! {
                        <li>
                            <strong>{format!("{} min · ", dispute.minutes)}</strong>
                            {dispute.disagreement.question()}
                            <br/>
                            <span class="muted">{format!("{}. {}", dispute.disagreement.breakdown(), dispute.disagreement.statement.discussion())}</span>
                        </li>
                    }
                })
                .collect_view();
            let pillars = agenda
                .weakest
                .iter()
                .map(|pillar| {
                    let actions = pillar
                        .actions
                        .iter()
                        .map(|action| view! { <li><strong>{action.title()}</strong>{format!(": {}", action.action())}</li> })
                        .collect_view();
                    view! {
                        <li>
                            <strong>{format!("{MINUTES_PER_PILLAR} min · {} (team average {})", pillar.pillar.name, pillar.average)}</strong>
                            <ul>{actions}</ul>
                        </li>
                    }
                })
                .collect_view();
            // Sections are numbered as they come: some teams have no disputes or no gap between groups.
            let mut number = 0;
            let mut next = move || {
                number += 1;
                number
            };
            let disputes_part = (!agenda.disputes.is_empty()).then(|| view! {
                <h3>{format!("{}. Where the team disagrees", next())}</h3>
                <ol>{disputes}</ol>
            });
            let gap_part = agenda.group_gap.as_ref().map(|gap| view! {
                <h3>{format!("{}. Where parts of the company see it differently", next())}</h3>
                <ol>
                    <li>
                        <strong>{format!("{MINUTES_FOR_GROUP_GAP} min · ")}</strong>
                        {gap.sentence()}
                        <br/>
                        <span class="muted">{gap.question()}</span>
                    </li>
                </ol>
            });
            view! {
                {disputes_part}
                {gap_part}
                <h3>{format!("{}. The weakest pillars", next())}</h3>
                <ol>{pillars}</ol>
            }
        })
    };

    view! {
        <p class="agenda__byline">{move || agenda.with(|agenda| agenda.byline(clock::today()))}</p>
        <p class="actions no-print">
            <button type="button" class="button" on:click=|_| print::print_part("agenda")>"Print the agenda"</button>
        </p>
        {agenda_view}
    }
}

/// The part's code, fetched (once) and shown in its place: "Loading…" until it is there.
fn agenda(summary: Memo<TeamSummary>) -> AnyView {
    lazy_view(|| Box::pin(load!(team_agenda)), summary, None)
}

/// The part's code, fetched (once) and shown in its place: "Loading…" until it is there.
fn presenter(summary: Memo<TeamSummary>, showing: RwSignal<Option<usize>>) -> AnyView {
    lazy_view(|| Box::pin(load!(team_presenter)), (summary, showing), None)
}

view_chunk!(team_agenda, |summary: Memo<TeamSummary>| view! { <AgendaView summary=summary/> });

view_chunk!(
    team_presenter,
    |(summary, showing): (Memo<TeamSummary>, RwSignal<Option<usize>>)| view! { <Presenter summary=summary showing=showing/> }
);
