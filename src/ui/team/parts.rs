//! The parts of the team view that wait for a click: the ways to add people (unfolded at once for an
//! empty team), the agenda, presenter mode, the downloads and the comparison with an earlier
//! session. Release builds cut each into a wasm chunk of its own (`wasm_split`, as the later screens
//! in src/app.rs), fetched the first time it is opened and shown with the screens' "Loading…" and
//! "Try again" (`ui::lazy::lazy_view`), so the team view itself stays small. Debug builds and tests
//! link them in.

use culture_core::team::{SavedTeams, TeamSummary};
use leptos::prelude::*;

use super::compare::CompareOverTime;
use super::export::TeamExport;
use super::workshop::{AgendaView, Presenter};
use super::{AddPeopleTools, Team};
use crate::ui::lazy::{lazy_view, load, Loaded};

/// A part's code, fetched (once) and shown in its place: "Loading…" until it is there.
pub(super) fn agenda(summary: Memo<TeamSummary>) -> AnyView {
    lazy_view(|| Box::pin(load!(agenda_part)), summary, None)
}

pub(super) fn presenter(summary: Memo<TeamSummary>, showing: RwSignal<Option<usize>>) -> AnyView {
    lazy_view(|| Box::pin(load!(presenter_part)), (summary, showing), None)
}

pub(super) fn tools(team: Team) -> AnyView {
    lazy_view(|| Box::pin(load!(tools_part)), team, None)
}

pub(super) fn export(team: Team) -> AnyView {
    lazy_view(|| Box::pin(load!(export_part)), team, None)
}

pub(super) fn compare(team: Team, summary: Memo<TeamSummary>, saved: RwSignal<SavedTeams>) -> AnyView {
    lazy_view(|| Box::pin(load!(compare_part)), (team, summary, saved), None)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(team_agenda, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn agenda_part() -> Loaded<Memo<TeamSummary>> {
    fn build(summary: Memo<TeamSummary>) -> AnyView {
        view! { <AgendaView summary=summary/> }.into_any()
    }
    Ok(build as fn(Memo<TeamSummary>) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(team_presenter, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn presenter_part() -> Loaded<(Memo<TeamSummary>, RwSignal<Option<usize>>)> {
    fn build((summary, showing): (Memo<TeamSummary>, RwSignal<Option<usize>>)) -> AnyView {
        view! { <Presenter summary=summary showing=showing/> }.into_any()
    }
    Ok(build as fn((Memo<TeamSummary>, RwSignal<Option<usize>>)) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(team_tools, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn tools_part() -> Loaded<Team> {
    fn build(team: Team) -> AnyView {
        view! { <AddPeopleTools team=team/> }.into_any()
    }
    Ok(build as fn(Team) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(team_export, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn export_part() -> Loaded<Team> {
    fn build(team: Team) -> AnyView {
        view! { <TeamExport team=team/> }.into_any()
    }
    Ok(build as fn(Team) -> AnyView)
}

type CompareArgs = (Team, Memo<TeamSummary>, RwSignal<SavedTeams>);

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(team_compare, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn compare_part() -> Loaded<CompareArgs> {
    fn build((team, summary, saved): CompareArgs) -> AnyView {
        view! { <CompareOverTime team=team summary=summary saved=saved/> }.into_any()
    }
    Ok(build as fn(CompareArgs) -> AnyView)
}

/// A button that unfolds a part below it, and folds it again. The part is built the first time it
/// is unfolded (`part`: a lazy part above) and kept while folded, so what was picked or typed in it
/// stays.
#[component]
pub(super) fn Fold<F>(
    /// The id of the part's place, which the button controls.
    id: &'static str,
    /// The button's words.
    label: &'static str,
    part: F,
) -> impl IntoView
where
    F: Fn() -> AnyView + Send + Sync + 'static,
{
    let built = RwSignal::new(false);
    let unfolded = RwSignal::new(false);
    let toggle = move |_| {
        // Set once: setting it again would build the part anew and lose what it holds.
        if !built.get_untracked() {
            built.set(true);
        }
        unfolded.update(|unfolded| *unfolded = !*unfolded);
    };
    view! {
        <p class="actions no-print">
            <button
                type="button"
                class="button part-toggle"
                aria-expanded=move || unfolded.get().to_string()
                aria-controls=id
                on:click=toggle
            >
                <span class="part-toggle__marker" aria-hidden="true"></span>
                {label}
            </button>
        </p>
        <div id=id class="stack part-body" hidden=move || !unfolded.get()>
            {move || built.get().then(|| untrack(&part))}
        </div>
    }
}
