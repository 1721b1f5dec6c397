use super::*;

#[test]
fn there_are_exactly_four_parts_of_the_company_with_their_ids() {
    let ids: Vec<&str> = Role::ALL.iter().map(|role| role.id()).collect();
    assert_eq!(ids, ["leadership", "product-engineering", "go-to-market", "operations-other"]);
}

#[test]
fn every_id_reads_back_as_its_part_of_the_company() {
    assert!(Role::ALL.into_iter().all(|role| Role::from_id(role.id()) == Some(role)));
    assert_eq!(Role::from_id("sales"), None);
}

#[test]
fn link_codes_are_one_to_four_and_read_back() {
    let codes: Vec<u8> = Role::ALL.iter().map(|role| role.code()).collect();
    assert_eq!(codes, [1, 2, 3, 4]);
    assert!(Role::ALL.into_iter().all(|role| Role::from_code(role.code()) == Some(role)));
    assert_eq!((Role::from_code(0), Role::from_code(5)), (None, None));
}

#[test]
fn stored_data_holds_the_id() {
    assert_eq!(serde_json::to_string(&Role::GoToMarket).ok().as_deref(), Some("\"go-to-market\""));
    assert_eq!(serde_json::from_str::<Role>("\"operations-other\"").ok(), Some(Role::OperationsOther));
}

#[test]
fn names_continue_a_sentence_in_lower_case() {
    assert_eq!(Role::ProductEngineering.name_in_sentence(), "product, design and engineering");
    assert_eq!(Role::Leadership.name(), "Leadership");
}
