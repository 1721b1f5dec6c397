//! `#/your-data`: everything Culture Check keeps in this browser, and the person's three ways to take
//! charge of it: download it as one file (also offered by every notice about something that could
//! not be kept), add a file's data to this browser by merging, and forget everything after a
//! confirmation that says what will go. The file format lives in `culture_core::data_file`.

use culture_core::data_file::{DataFileError, DeviceData, FileRead, Import, MAX_FILE_BYTES};
use leptos::prelude::*;

use crate::browser::file::{self, FileProblem};
use crate::browser::focus;
use crate::ui::reveal::{Reveal, RevealPanel};
use crate::ui::section::section;
use crate::ui::stored::Store;

/// Where adding a file's data stands.
#[derive(Clone, Debug, PartialEq)]
enum Adding {
    Idle,
    /// The file was read; this is what adding it would do.
    Preview {
        import: Box<Import>,
        problems: Vec<String>,
    },
    Failed(String),
    /// Added: what was added, or that the file held nothing new.
    Done(String),
    /// Storage would not take all of it: what was not kept, with the download beside it.
    NotKept(String),
}

#[component]
pub fn YourDataPage() -> impl IntoView {
    let store = Store::use_context();
    let held = RwSignal::new(store.device_data());
    let adding = RwSignal::new(Adding::Idle);
    let confirming_forget = Reveal::new("data-forget-button", Some(".data-forget__confirm h3"));
    let forgotten = RwSignal::new(false);

    let on_file = move |event: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            let next = match file::chosen_text(&event, MAX_FILE_BYTES).await {
                Ok(text) => match DeviceData::from_file(&text) {
                    Ok(FileRead { data, problems }) => {
                        Adding::Preview { import: Box::new(store.device_data().import(&data)), problems }
                    }
                    Err(problem) => Adding::Failed(problem.message()),
                },
                Err(FileProblem::NoneChosen) => Adding::Idle,
                Err(FileProblem::TooLarge) => Adding::Failed(DataFileError::TooLarge.message()),
                Err(_) => Adding::Failed(
                    "That file could not be read. Choose it again, or save a fresh copy where it came from."
                        .to_owned(),
                ),
            };
            adding.set(next);
            focus::after_render(".data-import__outcome");
        });
    };

    let add = move |import: Import| {
        let refused = store.store_all(&import.merged);
        held.set(store.device_data());
        forgotten.set(false);
        let additions = import.additions.join(", ");
        adding.set(match refused {
            None => Adding::Done(format!("Added to this browser: {additions}.")),
            Some(error) => Adding::NotKept(format!(
                "Not added: this browser would not store it ({}). What the file adds ({additions}) is kept \
                 on this page only until you leave; download your data to keep a copy.",
                error.reason()
            )),
        });
        focus::after_render(".data-import__outcome");
    };

    let forget = move || {
        store.forget_everything();
        held.set(store.device_data());
        confirming_forget.dismiss();
        adding.set(Adding::Idle);
        forgotten.set(true);
        focus::after_render(".data-forget__outcome");
    };

    view! {
        <section class="stack data-page">
            <h1 tabindex="-1">"Your data"</h1>
            <p class="lead">
                "Culture Check keeps everything you enter in this browser, on this device. Nothing is sent to "
                "a server, so nobody else can see it, and it goes where you take it: to a file, to another "
                "browser, or nowhere at all."
            </p>
            {section("data-held-heading", "What this browser holds", "card stack", view! {
                {move || {
                    let lines = held.with(DeviceData::summary);
                    if lines.is_empty() {
                        view! { <p>"Nothing yet: no answers, results, quiz record or teams are saved here."</p> }
                            .into_any()
                    } else {
                        line_list(lines, "data-list").into_any()
                    }
                }}
            })}
            {section("data-download-heading", "Keep a copy", "card stack", view! {
                <p>
                    "Download everything above as one file. Keep it as a copy, or open it on another device "
                    "with “Add data from a file” below. It holds your answers and any team names you saved, "
                    "so share it only with people you would show them to."
                </p>
                <p class="actions">
                    <button type="button" class="button button--primary" on:click=move |_| store.download()>
                        "Download your data"
                    </button>
                </p>
            })}
            {section("data-import-heading", "Add data from a file", "card stack", view! {
                <p>
                    "Choose a file saved with “Download your data”. You will see what it adds before anything "
                    "changes. Nothing here is replaced and nothing is added twice."
                </p>
                <p class="file-pick">
                    <input
                        id="data-import-file"
                        class="file-pick__input"
                        type="file"
                        accept=".json,application/json"
                        on:change=on_file
                    />
                    <label for="data-import-file" class="button file-pick__button">"Choose a data file"</label>
                </p>
                {move || adding_view(adding.get(), adding, add, store)}
            })}
            {section("data-forget-heading", "Forget everything on this device", "card stack", view! {
                <p>
                    "Removes everything Culture Check keeps in this browser. Result links you have shared "
                    "keep working: they carry the result themselves."
                </p>
                <RevealPanel
                    reveal=confirming_forget
                    label="Forget everything…"
                    class="button button--danger"
                    on_press=Callback::new(move |()| {
                        held.set(store.device_data());
                        forgotten.set(false);
                        confirming_forget.open();
                    })
                >
                    <div class="data-forget__confirm callout callout--danger stack" role="group" aria-labelledby="data-forget-confirm-heading">
                        <h3 id="data-forget-confirm-heading" tabindex="-1">"Forget everything?"</h3>
                        {move || forget_summary(&held.get())}
                        <p class="actions">
                            <button type="button" class="button button--danger" on:click=move |_| forget()>
                                "Forget everything"
                            </button>
                            <button type="button" class="button" on:click=move |_| confirming_forget.close()>
                                "Keep my data"
                            </button>
                        </p>
                    </div>
                </RevealPanel>
                <p class="data-forget__outcome callout callout--good" role="status" tabindex="-1">
                    {move || {
                        forgotten
                            .get()
                            .then_some("Done: everything Culture Check kept in this browser has been removed.")
                    }}
                </p>
            })}
        </section>
    }
}

/// What the forget confirmation says will go.
fn forget_summary(held: &DeviceData) -> AnyView {
    let lines = held.summary();
    if lines.is_empty() {
        return view! { <p>"This browser holds nothing from Culture Check, so nothing will change."</p> }
            .into_any();
    }
    view! {
        <p>"This removes from this browser, for good:"</p>
        {line_list(lines, "data-list")}
        <p>"It cannot be undone. Download your data first if you might want it back."</p>
    }
    .into_any()
}

/// The import's preview, failure or outcome.
fn adding_view(
    state: Adding,
    adding: RwSignal<Adding>,
    add: impl Fn(Import) + Copy + 'static,
    store: Store,
) -> AnyView {
    match state {
        Adding::Idle => ().into_any(),
        Adding::Failed(message) => view! {
            <p class="data-import__outcome callout callout--warning" role="alert" tabindex="-1">{message}</p>
        }
        .into_any(),
        Adding::Done(message) => view! {
            <p class="data-import__outcome callout callout--good" role="status" tabindex="-1">{message}</p>
        }
        .into_any(),
        Adding::NotKept(message) => view! {
            <div class="data-import__outcome callout callout--warning stack" role="alert" tabindex="-1">
                <p>{message}</p>
                <p class="actions">
                    <button type="button" class="button" on:click=move |_| store.download()>
                        "Download your data"
                    </button>
                </p>
            </div>
        }
        .into_any(),
        Adding::Preview { import, problems } => {
            let nothing_new = import.additions.is_empty();
            let additions = import.additions.clone();
            let problems: Vec<String> = problems.into_iter().chain(import.kept_out.clone()).collect();
            view! {
                <div class="data-import__outcome callout stack" role="group" aria-labelledby="data-import-preview-heading" tabindex="-1">
                    <h3 id="data-import-preview-heading">
                        {if nothing_new { "Nothing new in this file" } else { "This file adds" }}
                    </h3>
                    {if nothing_new {
                        view! { <p>"Everything in this file is already in this browser."</p> }.into_any()
                    } else {
                        line_list(additions, "data-list").into_any()
                    }}
                    {line_list(problems, "data-list muted")}
                    <p class="actions">
                        {(!nothing_new).then(|| {
                            let import = import.clone();
                            view! {
                                <button type="button" class="button button--primary" on:click=move |_| add((*import).clone())>
                                    "Add to this browser"
                                </button>
                            }
                        })}
                        <button type="button" class="button" on:click=move |_| adding.set(Adding::Idle)>
                            {if nothing_new { "Close" } else { "Cancel" }}
                        </button>
                    </p>
                </div>
            }
            .into_any()
        }
    }
}

/// Lines of plain text as a list (what a browser holds, what a file adds or leaves out).
fn line_list(lines: Vec<String>, class: &'static str) -> impl IntoView {
    view! { <ul class=class>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }
}
