//! The form that adds pasted result links to the team, or the links in a picture of QR codes, and
//! its report: how many joined, and each line that did not with its reason.

use culture_core::link::{AssessmentLink, MAX_TEAM_MEMBERS};
use culture_core::qr::{picture_outcome, QrReadError, MAX_READ_PIXELS, READ_TIME_LIMIT_MS};
use culture_core::team::{add_alike, add_from_pictures, add_pasted, PasteReport};
use leptos::prelude::*;

use super::codes::read_codes;
use super::scan::CameraScan;
use super::Team;
use crate::browser::file;
use crate::browser::focus;

/// The largest picture file read for a QR code: a phone camera's photo fits.
const MAX_PICTURE_BYTES: usize = 30_000_000;

#[component]
pub(super) fn PasteForm(team: Team) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let report = RwSignal::new(None::<PasteReport>);
    // What reading each chosen picture found, one line a picture, when more than one was chosen or
    // none added anyone.
    let picture_lines = RwSignal::new(Vec::<String>::new());

    // Pasted text and the links read from QR codes go the same way into the team.
    let add_report = move |(members, result): (_, PasteReport)| {
        team.members.set(members);
        picture_lines.set(Vec::new());
        let added = result.added;
        report.set(Some(result));
        added
    };
    let add_text =
        move |text: &str| add_report(team.members.with_untracked(|members| add_pasted(members, text)));
    let add_codes = move |codes: &[String]| {
        add_report(team.members.with_untracked(|members| add_from_pictures(members, codes)))
    };
    let add_scanned = Callback::new(move |text: String| add_codes(&[text]));
    // A result just like one in the team, which the facilitator says is someone else's: it joins,
    // and its line leaves the report; with the team full, the line says so instead.
    let add_another = move |index: usize, alike: &AssessmentLink| {
        let joined = team.members.with_untracked(|members| add_alike(members, alike));
        report.update(|report| {
            let Some(report) = report else { return };
            if index >= report.problems.len() {
                return;
            }
            match &joined {
                Ok(_) => {
                    report.problems.remove(index);
                    report.added += 1;
                }
                Err(full) => {
                    report.problems[index].alike = None;
                    report.problems[index].message.clone_from(full);
                }
            }
        });
        if let Ok(members) = joined {
            team.members.set(members);
            focus::after_render("#people-heading");
        }
    };
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let pasted = draft.get_untracked();
        add_text(&pasted);
        // Lines that did not join stay in the box, where the report's line numbers point.
        if report.with_untracked(|report| report.as_ref().is_some_and(|report| report.problems.is_empty())) {
            draft.set(String::new());
        }
    };
    let add_picture = move |event: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            let chosen = file::chosen_images(&event, MAX_PICTURE_BYTES).await;
            if chosen.is_empty() {
                return;
            }
            let mut texts = Vec::new();
            let mut lines = Vec::new();
            for (name, picture) in chosen {
                let read = match picture {
                    Ok(picture) => read_codes(&picture, MAX_READ_PIXELS, READ_TIME_LIMIT_MS).await,
                    Err(_) => Err(QrReadError::BadImage),
                };
                lines.push(picture_outcome(&name, &read));
                texts.extend(read.unwrap_or_default());
            }
            if texts.is_empty() {
                report.set(None);
            } else {
                add_codes(&texts);
            }
            // One picture that added people needs no line of its own: the report says who joined.
            if !texts.is_empty() && lines.len() == 1 {
                lines.clear();
            }
            picture_lines.set(lines);
        });
    };

    let summary = move || {
        report.with(|report| {
            report.as_ref().map(|report| {
                let added = match report.added {
                    0 => "No results were added.".to_owned(),
                    1 => "1 result was added.".to_owned(),
                    count => format!("{count} results were added."),
                };
                let problems = report
                    .problems
                    .iter()
                    .enumerate()
                    .map(|(index, problem)| {
                        let place = problem.place(report.source);
                        let another = problem.alike.clone().map(|alike| {
                            let label = format!("Add line {} as another person", problem.line);
                            view! {
                                " "
                                <button
                                    type="button"
                                    class="button button--quiet"
                                    aria-label=label
                                    on:click=move |_| add_another(index, &alike)
                                >
                                    "Add as another person"
                                </button>
                            }
                        });
                        view! { <li><strong>{place}": "</strong>{problem.message.clone()}{another}</li> }
                    })
                    .collect_view();
                view! {
                    <p>{added}</p>
                    <ul class="paste-problems">{problems}</ul>
                }
            })
        })
    };

    view! {
        <form class="card stack" on:submit=add>
            <div class="field">
                <label for="team-links">"Result links"</label>
                <textarea
                    id="team-links"
                    rows="4"
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby="team-links-hint"
                    prop:value=move || draft.get()
                    on:input=move |event| draft.set(event_target_value(&event))
                ></textarea>
                <p id="team-links-hint" class="field__hint">
                    {format!("Paste links, or a whole chat with links in it: every result link is found, wherever it is. A team link adds everyone in it. Up to {MAX_TEAM_MEMBERS} people per team.")}
                </p>
            </div>
            <div class="actions">
                <button type="submit" class="button button--primary">"Add to team"</button>
            </div>
            <div class="field file-pick">
                <input
                    id="team-qr-picture"
                    class="file-pick__input"
                    type="file"
                    accept="image/*"
                    multiple
                    aria-describedby="team-qr-picture-hint"
                    on:change=add_picture
                />
                <label for="team-qr-picture" class="button file-pick__button">"Or add from a picture of QR codes"</label>
                <p id="team-qr-picture-hint" class="field__hint">
                    "Screenshots or photos of the QR codes people show on their results page: choose several at once if you like. Pictures are read in this browser and never sent anywhere."
                </p>
                // What reading each picture found, beside the input that chose it.
                <div class="picture-report" role="status">
                    <ul class="paste-problems">
                        {move || picture_lines.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </div>
            </div>
            <CameraScan add=add_scanned/>
            <div class="paste-report" role="status">{summary}</div>
        </form>
    }
}
