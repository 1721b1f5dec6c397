//! `#/team` and `#/team/<payload>`: many people's results merged into one summary, with a link of its
//! own and teams saved by name in this browser.
//!
//! The team being built lives in the address: every change replaces `#/team/<payload>` (no new
//! history entry), so a reload or a bookmark shows the same team, and Back leaves the team view. The
//! router does not rebuild this screen when only the payload changes; [`Team`] follows the address
//! itself, so opening a saved team or another team link swaps the team in place.
//!
//! It is also kept on the device (`SavedTeams::working`) from its first change until it is cleared,
//! so `#/team` reopens it; a team built earlier and never saved is filed under a name of its own
//! before another team opened from a link takes its place. A removal can be undone. It is one team
//! across tabs: a tab showing it follows what another tab adds or removes ([`follow_working`]), and
//! people added in two tabs at once are all kept (`SavedTeams::merge`).
//!
//! A team with people opens on its summary, the ways to add people folded into one "Add people"
//! button above it; an empty team opens on those tools (`culture_core::team::Lead`).

mod codes;
mod compare;
mod distribution;
mod export;
mod fold;
mod groups;
mod paste;
mod saved;
mod scan;
mod summary;
mod workshop;

use culture_core::link::{
    decode_team, encode_invite, encode_team, sanitize_label, AssessmentLink, TeamLink, MAX_LABEL_CHARS,
};
use culture_core::route::Route;
use culture_core::team::{Agenda, Lead, SavedTeams, TeamSummary};
use leptos::prelude::*;

use crate::browser::{clock, leaving, location};
use crate::ui::checkbox::Checkbox;
use crate::ui::current_route::CurrentRoute;
use crate::ui::lazy::{lazy_view, load, view_chunk};
use crate::ui::notices::Notices;
use crate::ui::share_panel::SharePanel;
use crate::ui::stored::Store;
use crate::ui::text_field::TextField;
use compare::CompareSection;
use export::ExportSection;
use paste::PasteForm;
use saved::{NewTeam, SaveTeam, SavedTeamsList};
use summary::TeamSummaryView;
use workshop::Workshop;

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
    /// The payload as the team was opened (a link, a saved team, the team being built): once the
    /// payload differs, the person has changed the team, and it is kept as the one being built.
    opened: StoredValue<Option<String>>,
    /// Whether the team on screen is the team being built (not a link opened to look at): only then
    /// does it follow what other tabs do to that team.
    building: StoredValue<bool>,
    /// The person last removed, until the removal is undone.
    removed: RwSignal<Option<Removal>>,
    /// Whether the list names each person with their stage and score. Off by default: the team view
    /// is often on a shared screen, and the summary needs no one's name.
    names_shown: RwSignal<bool>,
    /// Whether the ways to add people (invite, paste, pictures) are unfolded.
    tools_open: RwSignal<bool>,
    /// The session's name as the invite carries it, which names the agenda of an unnamed team.
    session: RwSignal<String>,
}

/// A person taken out of the team, where they were, and how the list named them.
#[derive(Clone)]
struct Removal {
    position: usize,
    member: AssessmentLink,
    /// "Person 3 (46)", or their name with their score when names were shown.
    named: String,
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
        Team {
            members,
            name,
            link_problem: RwSignal::new(None),
            route,
            payload,
            opened: StoredValue::new(None),
            building: StoredValue::new(true),
            removed: RwSignal::new(None),
            names_shown: RwSignal::new(false),
            tools_open: RwSignal::new(true),
            session: RwSignal::new(String::new()),
        }
    }

    /// The team as its link carries it: the members and the cleaned name.
    fn link(self) -> TeamLink {
        link_of(self.members, self.name)
    }

    /// Shows the team a route asks for, unless it is already the one on screen: `#/team` alone shows
    /// the team being built, if there is one.
    fn follow(self, route: &Route, saved: RwSignal<SavedTeams>) {
        let Route::Team(wanted) = route else { return };
        let working = saved.with_untracked(|teams| teams.working().map(|working| working.link.clone()));
        let wanted = wanted.clone().or_else(|| working.clone());
        if wanted == self.payload.get_untracked() {
            return;
        }
        self.building.set_value(wanted == working);
        match wanted.as_deref().map(decode_team) {
            None => self.replace(TeamLink::default(), None),
            Some(Ok(team)) => self.replace(team, None),
            Some(Err(error)) => self.replace(TeamLink::default(), Some(error.message())),
        }
        self.opened.set_value(self.payload.get_untracked());
    }

    fn replace(self, team: TeamLink, problem: Option<String>) {
        self.name.set(team.name.clone().unwrap_or_default());
        self.session.set(team.name.clone().unwrap_or_default());
        self.tools_open.set(Lead::on_opening(team.members.len()).tools_unfolded());
        self.members.set(TeamLink { name: None, members: team.members });
        self.link_problem.set(problem);
        self.removed.set(None);
    }

    /// Takes a person out (the address follows through [`Team::payload`]), remembering how the list
    /// named them (`culture_core::team::person_reference`); [`Team::undo_removal`] puts them back.
    fn remove(self, member: &AssessmentLink, named: String) {
        let position = self.members.with_untracked(|team| team.position_of(member));
        self.members.update(|team| *team = team.without(member));
        self.removed.set(position.map(|position| Removal { position, member: member.clone(), named }));
    }

    /// Puts the person last removed back where they were.
    fn undo_removal(self) {
        let Some(Removal { position, member, .. }) = self.removed.get_untracked() else { return };
        self.members.update(|team| {
            if team.position_of(&member).is_none() {
                team.members.insert(position.min(team.members.len()), member);
            }
        });
        self.removed.set(None);
    }
}

/// Keeps the team on screen as the one being built once the person has changed it. A different
/// team being built that was never saved is first filed under a name of its own, and the person
/// told where it went.
fn keep_changes(team: Team, saved: RwSignal<SavedTeams>, notices: Notices) {
    Effect::new(move |_| {
        let payload = team.payload.get();
        if team.opened.with_value(|opened| *opened == payload) {
            return;
        }
        let link = team.link();
        let replaced = team.opened.get_value();
        let (teams, filed_as) = saved.with_untracked(|teams| {
            let building_another =
                teams.working().is_some_and(|working| Some(&working.link) != replaced.as_ref());
            if building_another {
                teams.keeping_working("Unsaved team", clock::today())
            } else {
                (teams.clone(), None)
            }
        });
        saved.set(teams.with_working(&link));
        team.building.set_value(true);
        if let Some(name) = filed_as {
            notices.tell(format!(
                "The team you were building before was never saved, so it is kept in Saved teams as “{name}”."
            ));
        }
        team.opened.set_value(payload);
    });
}

/// Keeps the team on screen the same as the team being built in other tabs: when the stored team
/// being built changes (another tab added or removed someone, or a save merged their changes in) and
/// this tab is showing it, this tab shows the new one. A tab showing another team (a link it opened)
/// keeps it.
fn follow_working(team: Team, saved: RwSignal<SavedTeams>) {
    Effect::new(move |_| {
        let working = saved.with(|teams| teams.working().map(|working| working.link.clone()));
        if !team.building.get_value() || working == team.payload.get_untracked() {
            return;
        }
        match working.as_deref().map(decode_team) {
            None => team.replace(TeamLink::default(), None),
            Some(Ok(link)) => team.replace(link, None),
            Some(Err(_)) => return,
        }
        team.opened.set_value(team.payload.get_untracked());
        // The address follows now, before the router can hand the team it held back to the screen.
        let current = Route::Team(team.payload.get_untracked());
        location::replace(&current);
        team.route.set(current);
    });
}

/// Starting a session: a name, then the invite link and a large QR code for the screen. Opening the
/// invite starts the assessment for that session, and its results offer the way back here.
#[component]
fn InvitePanel(team: Team) -> impl IntoView {
    let session = team.session;
    let invite = Memo::new(move |_| session.with(|name| encode_invite(name)));
    let url = Signal::derive(move || {
        invite.get().map(|payload| location::absolute_url(&Route::Join(payload))).unwrap_or_default()
    });
    view! {
        <section class="card stack" aria-labelledby="session-heading">
            <h2 id="session-heading">"Invite people"</h2>
            <p class="muted">
                "Name the session, then show the QR code or send the link. Everyone who opens it takes the \
                 assessment for this session and gets one link or QR code to hand back, which you add below."
            </p>
            <TextField id="session-name" label="Session name" max_chars=MAX_LABEL_CHARS value=session/>
            <Show when=move || invite.with(Option::is_some)>
                <SharePanel
                    url=url
                    id="invite"
                    heading=Signal::derive(move || format!("Invite to “{}”", sanitize_label(&session.get()).unwrap_or_default()))
                    share_title="Take the Culture Check with us"
                    reveals="The invite carries only the session's name. Nobody's answers travel with it."
                    link_label="Invite link"
                    qr_name="QR code of the invite link"
                    large_qr=true
                />
            </Show>
        </section>
    }
}

/// The ways to add people: the invite and the paste box (with pictures and the camera). Above the
/// summary, folded behind one "Add people" button once the team has people; always unfolded while it
/// has none. Folded, the forms stay in the page (hidden), so a paste report survives the fold.
#[component]
fn AddPeople(team: Team, people: Signal<usize>) -> impl IntoView {
    let unfolded = move || people.get() == 0 || team.tools_open.get();
    // Fetched and built the first time the tools unfold (at once for an empty team, on "Add people"
    // for a team opened from its link), then kept while folded.
    let built = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || unfolded());
    view! {
        <div class="team-tools stack no-print">
            <Show when=move || { people.get() > 0 }>
                <button
                    type="button"
                    class="button team-tools__toggle"
                    aria-expanded=move || unfolded().to_string()
                    aria-controls="team-tools"
                    on:click=move |_| team.tools_open.update(|open| *open = !*open)
                >
                    <span class="team-tools__marker" aria-hidden="true"></span>
                    "Add people"
                    <span class="team-tools__hint">"Invite, paste links or read QR codes"</span>
                </button>
            </Show>
            <div id="team-tools" class="stack" hidden=move || !unfolded()>
                {move || built.get().then(|| untrack(|| tools(team)))}
            </div>
        </div>
    }
}

/// What "Add people" unfolds: the invite and the paste box.
#[component]
fn AddPeopleTools(team: Team) -> impl IntoView {
    view! {
        <InvitePanel team=team/>
        <PasteForm team=team/>
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
    let notices = Notices::use_context();
    let store = Store::use_context();
    let saved = store.persist::<SavedTeams>();
    let team = Team::new(route);
    team.follow(&route.get_untracked(), saved);
    keep_changes(team, saved, notices);
    follow_working(team, saved);
    // The team being built is on the device, so leaving loses nothing, unless storage would not take
    // it (blocked or full): then the browser asks first.
    let leaving = leaving::ask_before_leaving(move || {
        let working = saved.with_untracked(|teams| teams.working().map(|working| working.link.clone()));
        let on_device = !store.holds_in_memory::<SavedTeams>() && working == team.payload.get_untracked();
        saved.with_untracked(|teams| teams.is_unsaved(&team.link())) && !on_device
    });
    on_cleanup(move || leaving.remove());

    // The address follows the team, and the team follows the address (Back, a saved team opened).
    Effect::new(move |_| {
        let current = Route::Team(team.payload.get());
        if team.route.get_untracked() != current {
            location::replace(&current);
            team.route.set(current);
        }
    });
    Effect::new(move |_| team.follow(&route.get(), saved));

    let summary = Memo::new(move |_| team.members.with(TeamSummary::of));
    let people = Signal::derive(move || summary.with(TeamSummary::people));
    let team_name = move || team.name.with(|name| sanitize_label(name));
    let heading = move || team_name().unwrap_or_else(|| "Team view".to_owned());
    let agenda_title = Signal::derive(move || {
        let session = team.session.with(|name| sanitize_label(name));
        Agenda::title(team_name().as_deref(), session.as_deref())
    });
    // The link shared is anonymous unless names are asked for: no labels, everyone dated today, in an
    // order that does not follow who joined when.
    let with_names = RwSignal::new(false);
    let share_url = Signal::derive(move || {
        let payload = if with_names.get() {
            team.payload.get()
        } else {
            encode_team(&team.link().anonymised(clock::today())).ok()
        };
        location::absolute_url(&Route::Team(payload))
    });

    view! {
        <article class="team stack">
            <header class="stack">
                // Above a team's own name only: an unnamed team's heading already says "Team view".
                {move || team_name().map(|_| view! { <p class="eyebrow">"Team view"</p> })}
                <h1 tabindex="-1">{heading}</h1>
                // Once there is a summary, it says the rest: the share panel repeats where results travel.
                <Show when=move || { people.get() == 0 }>
                    <p class="lead">
                        "Put everyone's results side by side. Invite people to a session, or ask each person for their "
                        "result link, then add the links or QR codes here: you will see how the team spreads on each "
                        "pillar and the statements it is most divided on."
                    </p>
                    <p class="muted">"Everything stays in this browser: the results travel inside the links themselves."</p>
                </Show>
            </header>
            {move || team.link_problem.get().map(|problem| view! {
                <div class="callout callout--warning stack" role="alert">
                    <p><strong>"This team link could not be opened."</strong></p>
                    <p>{problem}</p>
                </div>
            })}
            <AddPeople team=team people=people/>
            <Show
                when=move || { people.get() > 0 }
                fallback=|| view! {
                    <p class="muted">"No results yet. Each link you add counts as one person."</p>
                }
            >
                <TeamSummaryView team=team summary=summary/>
                <Workshop summary=summary title=agenda_title/>
                <SaveTeam team=team saved=saved/>
                <NewTeam team=team saved=saved/>
                <Checkbox label="Put names and dates in the team link" checked=with_names/>
                <SharePanel
                    url=share_url
                    heading="Share the team view"
                    share_title="Our team's Culture Check"
                    reveals="Anyone you send this link to sees the team view: every person's answers, statement by \
                             statement, but no names or dates unless you put them in below. The results travel \
                             inside the link itself, never through a server."
                />
                <ExportSection team=team/>
                <CompareSection team=team summary=summary saved=saved/>
            </Show>
            <SavedTeamsList saved=saved/>
        </article>
    }
}

/// The part's code, fetched (once) and shown in its place: "Loading…" until it is there.
fn tools(team: Team) -> AnyView {
    lazy_view(|| Box::pin(load!(team_tools)), team, None)
}

view_chunk!(team_tools, |team: Team| view! { <AddPeopleTools team=team/> });
