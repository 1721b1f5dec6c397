use super::*;

#[test]
fn a_screen_whose_code_did_not_arrive_is_put_down_to_the_connection() {
    let panic = "load callback should succeed: SplitLoaderError { _not_send_sync: PhantomData<*const ()> }";
    assert_eq!(Fault::from_panic(panic), Fault::CodeNotFetched);
    assert!(Fault::CodeNotFetched.message(true).contains("connection dropped"));
}

#[test]
fn any_other_panic_is_a_fault_in_the_page_and_never_blames_the_connection() {
    for panic in
        ["index out of bounds: the len is 3 but the index is 7", "assertion failed: x <= i32::MAX as f64", ""]
    {
        assert_eq!(Fault::from_panic(panic), Fault::InPage, "{panic}");
    }
    let message = Fault::InPage.message(true);
    assert!(message.contains("went wrong inside this page"), "{message}");
    assert!(message.contains("not your connection"), "{message}");
}

#[test]
fn a_message_that_only_mentions_the_loader_is_no_failed_fetch() {
    assert_eq!(Fault::from_panic("a note: load callback should succeed"), Fault::InPage);
}

#[test]
fn both_messages_offer_the_download_and_a_reload_once_data_was_opened() {
    for fault in [Fault::CodeNotFetched, Fault::InPage] {
        assert!(fault.message(true).contains("Download your data to keep a copy"), "{fault:?}");
        assert!(fault.message(true).contains("reload the page"), "{fault:?}");
    }
}

#[test]
fn before_data_was_opened_the_messages_promise_no_download_and_say_storage_holds_it() {
    for fault in [Fault::CodeNotFetched, Fault::InPage] {
        let message = fault.message(false);
        assert!(!message.contains("Download"), "{fault:?}: {message}");
        assert!(message.contains("still stored in this browser"), "{fault:?}: {message}");
        assert!(message.contains("reload the page"), "{fault:?}: {message}");
    }
}

#[test]
fn no_message_carries_a_run_of_spaces() {
    for fault in [Fault::CodeNotFetched, Fault::InPage] {
        for offers_data in [true, false] {
            assert!(!fault.message(offers_data).contains("  "), "{fault:?} {offers_data}");
        }
    }
}
