//! Client-side routes, held in the URL fragment (`#/quiz`) so that deep links never reach the server
//! and the site works from any static host and sub-path.

use crate::text::prefix_chars;

/// The longest fragment the router keeps: room for the longest link payload (a large team's, up to
/// `link::MAX_PAYLOAD_CHARS`) and its route. Anything longer is cut here so a hostile link cannot make
/// the page copy megabytes around; the link decoder reports the cut.
pub const MAX_FRAGMENT_CHARS: usize = 16 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Assessment,
    AssessmentResults,
    /// The history, or with an entry's id after `#/history/`, that past result, read only (the
    /// history screen reads the id).
    History(Option<String>),
    Quiz,
    /// Everything this browser keeps: download, import, forget.
    YourData,
    /// How the assessment works: pillars, statements, scoring, stages, limits, versions, glossary.
    Method,
    /// Someone's shared result: the payload after `#/r/`.
    SharedResult(String),
    /// The team view, optionally reopened from a team link's payload (`#/team/...`).
    Team(Option<String>),
    /// An invite to a team session: the payload after `#/join/` (`link::decode_invite`).
    Join(String),
    /// Anything else, with the path as typed so the not-found screen can show it.
    NotFound(String),
}

impl Route {
    /// Reads a route from `location.hash` (with or without the leading `#`). Never fails: what is not
    /// a known route becomes [`Route::NotFound`].
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let fragment = prefix_chars(fragment, MAX_FRAGMENT_CHARS);
        let path = fragment.strip_prefix('/').unwrap_or(fragment);
        let path = path.strip_suffix('/').unwrap_or(path);
        match path {
            "" => Route::Home,
            "assessment" => Route::Assessment,
            "assessment/results" => Route::AssessmentResults,
            "history" => Route::History(None),
            "quiz" => Route::Quiz,
            "your-data" => Route::YourData,
            "method" => Route::Method,
            "team" => Route::Team(None),
            // Routes with something after their name: a link's payload, an entry's id.
            _ => match path.split_once('/') {
                Some(("r", payload)) if !payload.is_empty() => Route::SharedResult(payload.to_owned()),
                Some(("team", payload)) if !payload.is_empty() => Route::Team(Some(payload.to_owned())),
                Some(("join", payload)) if !payload.is_empty() => Route::Join(payload.to_owned()),
                Some(("history", entry)) if !entry.is_empty() => Route::History(Some(entry.to_owned())),
                _ => Route::NotFound(fragment.to_owned()),
            },
        }
    }

    /// The fragment that leads to this route, `#` included.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Assessment => "#/assessment".to_owned(),
            Route::AssessmentResults => "#/assessment/results".to_owned(),
            Route::History(None) => "#/history".to_owned(),
            Route::History(Some(entry)) => format!("#/history/{entry}"),
            Route::Quiz => "#/quiz".to_owned(),
            Route::YourData => "#/your-data".to_owned(),
            Route::Method => "#/method".to_owned(),
            Route::SharedResult(payload) => format!("#/r/{payload}"),
            Route::Team(None) => "#/team".to_owned(),
            Route::Team(Some(payload)) => format!("#/team/{payload}"),
            Route::Join(payload) => format!("#/join/{payload}"),
            Route::NotFound(path) => format!("#{path}"),
        }
    }

    /// The document title for this route.
    pub fn title(&self) -> String {
        let page = match self {
            Route::Home => return "Culture Check: how product-led is your culture?".to_owned(),
            Route::Assessment => "Assessment",
            Route::AssessmentResults => "Your results",
            Route::History(None) => "Your history",
            Route::History(Some(_)) => "A past result",
            Route::Quiz => "Quiz",
            Route::YourData => "Your data",
            Route::Method => "How the assessment works",
            Route::SharedResult(_) => "Shared result",
            Route::Team(_) => "Team view",
            Route::Join(_) => "You are invited",
            Route::NotFound(_) => "Page not found",
        };
        format!("{page} · Culture Check")
    }
}

#[cfg(test)]
mod tests;
