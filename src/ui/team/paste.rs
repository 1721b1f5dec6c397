//! The form that adds pasted result links to the team, and its report: how many joined, and each
//! line that did not with its reason.

use culture_core::link::MAX_TEAM_MEMBERS;
use culture_core::team::{add_pasted, PasteReport};
use leptos::prelude::*;

use super::Team;

#[component]
pub(super) fn PasteForm(team: Team) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let report = RwSignal::new(None::<PasteReport>);

    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let pasted = draft.get_untracked();
        let (members, result) = team.members.with_untracked(|members| add_pasted(members, &pasted));
        team.members.set(members);
        // Lines that did not join stay in the box, where the report's line numbers point.
        if result.problems.is_empty() {
            draft.set(String::new());
        }
        report.set(Some(result));
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
                    .map(|problem| {
                        let place = match problem.line {
                            0 => "The paste".to_owned(),
                            line => format!("Line {line} (“{}”)", problem.excerpt),
                        };
                        view! { <li><strong>{place}": "</strong>{problem.message.clone()}</li> }
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
                <label for="team-links">"Result links, one per line"</label>
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
                    {format!("Paste one link or many. A team link adds everyone in it. Up to {MAX_TEAM_MEMBERS} people per team.")}
                </p>
            </div>
            <div class="actions">
                <button type="submit" class="button button--primary">"Add to team"</button>
            </div>
            <div class="paste-report" role="status">{summary}</div>
        </form>
    }
}
