use super::*;

#[test]
fn a_screen_whose_code_did_not_arrive_is_put_down_to_the_connection() {
    let panic = "load callback should succeed: SplitLoaderError { _not_send_sync: PhantomData<*const ()> }";
    assert_eq!(Fault::from_panic(panic), Fault::CodeNotFetched);
    assert!(Fault::CodeNotFetched.message().contains("connection dropped"));
}

#[test]
fn any_other_panic_is_a_fault_in_the_page_and_never_blames_the_connection() {
    for panic in
        ["index out of bounds: the len is 3 but the index is 7", "assertion failed: x <= i32::MAX as f64", ""]
    {
        assert_eq!(Fault::from_panic(panic), Fault::InPage, "{panic}");
    }
    let message = Fault::InPage.message();
    assert!(message.contains("went wrong inside this page"), "{message}");
    assert!(message.contains("not your connection"), "{message}");
}

#[test]
fn a_message_that_only_mentions_the_loader_is_no_failed_fetch() {
    assert_eq!(Fault::from_panic("a note: load callback should succeed"), Fault::InPage);
}

#[test]
fn both_messages_offer_the_download_and_a_reload() {
    for fault in [Fault::CodeNotFetched, Fault::InPage] {
        assert!(fault.message().contains("Download your data to keep a copy"), "{fault:?}");
        assert!(fault.message().contains("reload the page"), "{fault:?}");
    }
}
