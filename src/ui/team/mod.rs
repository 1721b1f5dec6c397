//! `#/team` and `#/team/<payload>`: many people's results merged into one picture, with a link of its
//! own and teams saved by name in this browser.
//!
//! The team being built lives in the address: every change replaces `#/team/<payload>` (no new
//! history entry), so a reload or a bookmark shows the same team, and Back leaves the team view. The
//! router does not rebuild this screen when only the payload changes; [`Team`] follows the address
//! itself, so opening a saved team or another team link swaps the team in place.

mod paste;
mod picture;
mod saved;

use culture_core::link::{decode_team, encode_team, sanitize_label, AssessmentLink, TeamLink};
use culture_core::route::Route;
use culture_core::team::{SavedTeams, TeamPicture};
use leptos::prelude::*;

use crate::browser::location;
use crate::ui::current_route::CurrentRoute;
use crate::ui::notices::Notices;
use crate::ui::share_panel::SharePanel;
use paste::PasteForm;
use picture::TeamPictureView;
use saved::{SaveTeam, SavedTeamsList};

/// The team on screen and the only ways to change it.
#[derive(Clone, Copy)]
struct Team {
    /// The people, in the order they were added. The name lives in `name`, as typed.
    members: RwSignal<TeamLink>,
    name: RwSignal<String>,
    /// Why the team link in the address could not be opened, until another team is opened.
    link_problem: RwSignal<Option<String>>,
    route: RwSignal<Route>,
    /// The team link's payload, encoded once per change for the address, the share panel and
    /// [`Team::follow`]: none for an empty, unnamed team.
    payload: Memo<Option<String>>,
}

impl Team {
    fn new(route: RwSignal<Route>) -> Team {
        let members = RwSignal::new(TeamLink::default());
        let name = RwSignal::new(String::new());
        let payload = Memo::new(move |_| {
            let link = link_of(members, name);
            if link.members.is_empty() && link.name.is_none() {
                return None;
            }
            // The paste form never lets a team grow past what a link holds.
            encode_team(&link).ok()
        });
        Team { members, name, link_problem: RwSignal::new(None), route, payload }
    }

    /// The team as its link carries it: the members and the cleaned name.
    fn link(self) -> TeamLink {
        link_of(self.members, self.name)
    }

    /// Shows the team a route asks for, unless it is already the one on screen.
    fn follow(self, route: &Route) {
        let Route::Team(wanted) = route else { return };
        if *wanted == self.payload.get_untracked() {
            return;
        }
        match wanted.as_deref().map(decode_team) {
            None => self.replace(TeamLink::default(), None),
            Some(Ok(team)) => self.replace(team, None),
            Some(Err(error)) => self.replace(TeamLink::default(), Some(error.message())),
        }
    }

    fn replace(self, team: TeamLink, problem: Option<String>) {
        self.name.set(team.name.clone().unwrap_or_default());
        self.members.set(TeamLink { name: None, members: team.members });
        self.link_problem.set(problem);
    }

    /// Takes a person out (the address follows through [`Team::payload`]).
    fn remove(self, member: &AssessmentLink) {
        self.members.update(|team| *team = team.without(member));
    }
}

/// The team link for these members and this name as typed (cleaned as labels are).
fn link_of(members: RwSignal<TeamLink>, name: RwSignal<String>) -> TeamLink {
    let name = name.with(|name| sanitize_label(name));
    TeamLink { name, members: members.with(|team| team.members.clone()) }
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let route = CurrentRoute::use_context();
    let team = Team::new(route);
    team.follow(&route.get_untracked());
    let saved = crate::ui::saved::persist::<SavedTeams>(Notices::use_context());

    // The address follows the team, and the team follows the address (Back, a saved team opened).
    Effect::new(move |_| {
        let current = Route::Team(team.payload.get());
        if team.route.get_untracked() != current {
            location::replace(&current);
            team.route.set(current);
        }
    });
    Effect::new(move |_| team.follow(&route.get()));

    let picture = Memo::new(move |_| team.members.with(TeamPicture::of));
    let people = move || picture.with(TeamPicture::people);
    let heading =
        move || team.name.with(|name| sanitize_label(name)).unwrap_or_else(|| "Team view".to_owned());
    let share_url = Signal::derive(move || location::absolute_url(&Route::Team(team.payload.get())));

    view! {
        <article class="team stack">
            <header class="stack">
                <p class="eyebrow">"Team view"</p>
                <h1 tabindex="-1">{heading}</h1>
                <p class="lead">
                    "Put everyone's results side by side. Ask each person to finish the assessment and send you "
                    "their share link, then paste the links here: you will see each pillar's average and spread, "
                    "and the statements the team disagrees on most."
                </p>
                <p class="muted">"Everything stays in this browser: the results travel inside the links themselves."</p>
            </header>
            {move || team.link_problem.get().map(|problem| view! {
                <div class="callout stack" role="alert">
                    <p><strong>"This team link could not be opened."</strong></p>
                    <p>{problem}</p>
                </div>
            })}
            <PasteForm team=team/>
            <Show
                when=move || { people() > 0 }
                fallback=|| view! {
                    <p class="muted">"No results yet. Each link you add counts as one person."</p>
                }
            >
                <TeamPictureView team=team picture=picture/>
                <SaveTeam team=team saved=saved/>
                <SharePanel
                    url=share_url
                    heading="Share the team view"
                    share_title="Our team's Culture Check"
                    reveals="Anyone with this link sees the team view: every person's answers, names and dates. \
                             The results travel inside the link itself, never through a server."
                />
            </Show>
            <SavedTeamsList saved=saved/>
        </article>
    }
}
