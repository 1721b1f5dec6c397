//! Teams saved by name in this browser: saving the team on screen, and the list of saved teams with
//! Open, Rename and Delete. Both share one signal of the saved teams, so each sees the other's
//! changes; its effect saves them (`ui::stored::Store::persist`). Saving by name writes at once, so
//! "Saved" shows only once storage holds the team.

use culture_core::date::Day;
use culture_core::link::{TeamLink, MAX_LABEL_CHARS};
use culture_core::route::Route;
use culture_core::team::{SavedTeam, SavedTeams};
use culture_core::text::counted;
use leptos::prelude::*;

use super::Team;
use crate::browser::{clock, focus};
use crate::ui::confirm::Confirm;
use crate::ui::reveal::{Reveal, RevealPanel};
use crate::ui::stored::Store;
use crate::ui::text_field::TextField;

/// What saving the team by name came to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    /// Storage holds it.
    Saved(String),
    /// The name cannot be used.
    NameProblem(String),
    /// Storage would not take it: it stays on this page until the visitor leaves.
    NotKept(String),
}

/// The team's name, and saving the team under it.
#[component]
pub(super) fn SaveTeam(team: Team, saved: RwSignal<SavedTeams>) -> impl IntoView {
    let store = Store::use_context();
    let status = RwSignal::new(None::<Outcome>);
    // A message belongs to the team it was about.
    Effect::new(move |_| {
        team.members.track();
        team.name.track();
        status.set(None);
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let outcome = saved.with_untracked(|teams| teams.save(&team.link(), clock::today()));
        match outcome {
            Ok((teams, id)) => {
                let name = teams.get(id).map(|saved| saved.name.clone()).unwrap_or_default();
                match store.save(&teams) {
                    Ok(stored) => {
                        saved.set(stored);
                        status.set(Some(Outcome::Saved(format!("Saved as “{name}” in this browser."))));
                    }
                    Err(not_kept) => {
                        saved.set(teams);
                        status.set(Some(Outcome::NotKept(format!(
                            "Not saved: this browser would not store “{name}” ({}). It is kept on this page \
                             only until you leave; download your data to keep a copy.",
                            not_kept.error.reason()
                        ))));
                    }
                }
            }
            Err(problem) => {
                status.set(Some(Outcome::NameProblem(problem.message())));
                focus::now("#team-name");
            }
        }
    };
    let invalid = move || status.with(|status| matches!(status, Some(Outcome::NameProblem(_))));
    // Whether the team on screen is kept under a name, and if not, what is kept.
    let unsaved = move || {
        let link = team.link();
        saved.with(|teams| {
            teams.is_unsaved(&link).then(|| match link.name.as_deref().and_then(|name| teams.named(name)) {
                Some(existing) => format!(
                    "Unsaved changes: “{}” is saved with {}. Save again to keep the team as it is now.",
                    existing.name,
                    counted(existing.people(), "person", "people")
                ),
                None if store.tracks_held::<SavedTeams>() => "Not saved under a name yet, and this browser \
                    would not store it: it is kept on this page only until you leave."
                    .to_owned(),
                None => {
                    "Not saved under a name yet. Until you save or clear it, this browser keeps it as the \
                  team you are building."
                        .to_owned()
                }
            })
        })
    };

    view! {
        <form class="card stack no-print" on:submit=save aria-labelledby="save-team-heading">
            <h2 id="save-team-heading">"Name and save the team"</h2>
            <TextField
                id="team-name"
                label="Team name"
                hint="Shown at the top of the team view and carried in its link"
                max_chars=MAX_LABEL_CHARS
                value=team.name
                invalid=Signal::derive(invalid)
                message_id="team-name-status"
            />
            {move || unsaved().map(|note| view! { <p class="muted" id="team-unsaved">{note}</p> })}
            <div class="actions">
                <button type="submit" class="button">"Save this team"</button>
                <p id="team-name-status" role="status" class="share__status">
                    {move || status.get().map(|status| match status {
                        Outcome::Saved(message) => view! { <span>{message}</span> }.into_any(),
                        Outcome::NameProblem(message) | Outcome::NotKept(message) => {
                            view! { <span class="field__error">{message}</span> }.into_any()
                        }
                    })}
                </p>
                {move || status.with(|status| matches!(status, Some(Outcome::NotKept(_)))).then(|| view! {
                    <button type="button" class="button" on:click=move |_| store.download()>
                        "Download your data"
                    </button>
                })}
            </div>
        </form>
    }
}

/// "Start a new team": clears the team on screen, and the team being built with it, asking first
/// when it is not saved under a name.
#[component]
pub(super) fn NewTeam(team: Team, saved: RwSignal<SavedTeams>) -> impl IntoView {
    let confirming = Reveal::new("new-team-button", None);
    let clear = move || {
        confirming.dismiss();
        saved.update(|teams| *teams = teams.with_working(&TeamLink::default()));
        team.replace(TeamLink::default(), None);
        team.opened.set_value(None);
        team.building.set_value(true);
        focus::after_render("main h1");
    };
    let press = Callback::new(move |()| {
        if saved.with_untracked(|teams| teams.is_unsaved(&team.link())) {
            confirming.open();
        } else {
            clear();
        }
    });
    view! {
        <div class="stack no-print">
            <RevealPanel reveal=confirming label="Start a new team" class="button button--quiet" on_press=press>
                <Confirm
                    label="Start a new team"
                    question="This team is not saved under a name. Start a new one and let this one go?"
                    go_ahead="Yes, start a new team"
                    keep="Keep this team"
                    on_go_ahead=move || clear()
                    on_keep=move || confirming.dismiss()
                    asked_by="#new-team-button"
                />
            </RevealPanel>
        </div>
    }
}

/// Every saved team, with Open, Rename and Delete.
#[component]
pub(super) fn SavedTeamsList(saved: RwSignal<SavedTeams>) -> impl IntoView {
    let teams = move || saved.with(|teams| teams.iter().cloned().collect::<Vec<_>>());
    view! {
        <Show when=move || saved.with(|teams| !teams.is_empty())>
            <section class="stack no-print" aria-labelledby="saved-teams-heading">
                <h2 id="saved-teams-heading" tabindex="-1">"Saved teams"</h2>
                <ul class="saved-teams">
                    // Keyed by what a row shows, so a renamed or saved-again team gets a fresh row.
                    <For each=teams key=|team| (team.id, team.link.clone(), team.saved_on) let(team)>
                        <SavedTeamItem saved=saved team=team/>
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// What a saved team's row is doing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Showing,
    Renaming,
    ConfirmingDelete,
}

#[component]
fn SavedTeamItem(saved: RwSignal<SavedTeams>, team: SavedTeam) -> impl IntoView {
    let mode = RwSignal::new(Mode::Showing);
    let new_name = RwSignal::new(team.name.clone());
    let problem = RwSignal::new(None::<String>);
    let id = team.id;
    let people = team.people();
    let meta = format!("{} · saved {}", counted(people, "person", "people"), Day::long(team.saved_on));
    let open_href = Route::Team(Some(team.link.clone())).href();
    let rename_id = format!("rename-team-{id}");
    let delete_id = format!("delete-team-{id}");
    let name = team.name.clone();

    let rename = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match saved.with_untracked(|teams| teams.rename(id, &new_name.get_untracked())) {
            Ok(teams) => {
                saved.set(teams);
                mode.set(Mode::Showing);
            }
            Err(error) => problem.set(Some(error.message())),
        }
    };
    let delete = move || {
        let teams = saved.with_untracked(|teams| teams.delete(id));
        saved.set(teams);
        focus::after_render("#saved-teams-heading, main h1");
    };
    let start_renaming = {
        let rename_id = rename_id.clone();
        move |_| {
            problem.set(None);
            mode.set(Mode::Renaming);
            let selector = format!("#{rename_id}");
            leptos::prelude::request_animation_frame(move || focus::now(&selector));
        }
    };

    view! {
        <li class="card stack saved-team">
            <h3>{name.clone()}</h3>
            <p class="muted">{meta}</p>
            {move || match mode.get() {
                Mode::Showing => view! {
                    <div class="actions">
                        <a class="button button--primary" href=open_href.clone() aria-label=format!("Open {name}")>"Open"</a>
                        <button type="button" class="button" aria-label=format!("Rename {name}") on:click=start_renaming.clone()>
                            "Rename"
                        </button>
                        <button
                            type="button"
                            id=delete_id.clone()
                            class="button button--quiet"
                            aria-label=format!("Delete {name}")
                            on:click=move |_| mode.set(Mode::ConfirmingDelete)
                        >
                            "Delete"
                        </button>
                    </div>
                }
                .into_any(),
                Mode::Renaming => view! {
                    <form class="stack" on:submit=rename>
                        <TextField id=rename_id.clone() label=format!("New name for {name}") max_chars=MAX_LABEL_CHARS value=new_name/>
                        {move || problem.get().map(|problem| view! { <p class="field__error" role="alert">{problem}</p> })}
                        <div class="actions">
                            <button type="submit" class="button button--primary">"Save name"</button>
                            <button type="button" class="button" on:click=move |_| mode.set(Mode::Showing)>"Cancel"</button>
                        </div>
                    </form>
                }
                .into_any(),
                Mode::ConfirmingDelete => view! {
                    <Confirm
                        label="Confirm deletion"
                        question="Delete this saved team for good?"
                        go_ahead="Yes, delete it"
                        keep="Keep it"
                        on_go_ahead=delete
                        on_keep=move || mode.set(Mode::Showing)
                        asked_by=format!("#{delete_id}")
                    />
                }
                .into_any(),
            }}
        </li>
    }
}
