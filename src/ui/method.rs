//! How the assessment works (`#/method`): the method the core assembles from the content and the
//! scoring rules (`culture_core::method`), rendered as it comes. `docs/method.md` is written from the
//! same data.

use culture_core::method::{List, Method, Part, Section, StatementLine};
use culture_core::route::Route;
use leptos::prelude::*;

use crate::ui::heading_text::heading_text;

#[component]
pub fn MethodPage() -> impl IntoView {
    let method = Method::published();
    let sections = method.sections.into_iter().map(section).collect_view();
    view! {
        <article class="stack method">
            <h1 tabindex="-1">{method.title}</h1>
            <p class="lead">{method.intro}</p>
            {sections}
            <p class="actions">
                <a class="button button--primary" href=Route::Assessment.href()>"Take the assessment"</a>
            </p>
        </article>
    }
}

fn section(section: Section) -> impl IntoView {
    let heading_id = format!("method-{}", section.id);
    let labelled_by = heading_id.clone();
    let paragraphs = paragraphs(section.paragraphs);
    let parts = section.parts.into_iter().map(part).collect_view();
    view! {
        <section class="stack" aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading_text(section.heading)}</h2>
            {paragraphs}
            {parts}
        </section>
    }
}

fn part(part: Part) -> impl IntoView {
    let heading = part.heading.map(|heading| view! { <h3>{heading_text(&heading)}</h3> });
    let paragraphs = paragraphs(part.paragraphs);
    let list = match part.list {
        List::Nothing => ().into_any(),
        List::Statements(lines) => {
            view! { <ol class="method-statements">{lines.into_iter().map(statement).collect_view()}</ol> }.into_any()
        }
        List::Points(points) => view! {
            <ul class="method-points">{points.into_iter().map(|point| view! { <li>{point}</li> }).collect_view()}</ul>
        }
        .into_any(),
        List::Terms(terms) => view! {
            <dl class="glossary">
                {terms
                    .into_iter()
                    .map(|(term, meaning)| view! { <dt>{term}</dt><dd>{meaning}</dd> })
                    .collect_view()}
            </dl>
        }
        .into_any(),
    };
    view! { <div class="stack method-part">{heading}{paragraphs}{list}</div> }
}

fn statement(line: StatementLine) -> impl IntoView {
    let period = line.period.map(|period| format!(" Reference period: {period}."));
    view! {
        <li>
            <p>{line.text}</p>
            <p class="muted method-statements__keying">{line.keying}{period}</p>
        </li>
    }
}

fn paragraphs(paragraphs: Vec<String>) -> impl IntoView {
    paragraphs.into_iter().map(|text| view! { <p>{text}</p> }).collect_view()
}
