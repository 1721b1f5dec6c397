use super::*;

#[test]
fn estimates_round_to_the_nearest_minute_and_never_say_zero() {
    assert_eq!(minutes_for(42, SECONDS_PER_STATEMENT), 7);
    assert_eq!(minutes_for(10, SECONDS_PER_QUIZ_QUESTION), 3);
    assert_eq!(minutes_for(9, SECONDS_PER_STATEMENT), 2);
    assert_eq!(minutes_for(1, SECONDS_PER_STATEMENT), 1);
    assert_eq!(minutes_for(0, SECONDS_PER_STATEMENT), 1);
}

#[test]
fn the_parts_of_the_company_the_build_accepts_are_the_roles_the_site_knows() {
    let known: Vec<&str> = crate::assessment::Role::ALL.iter().map(|role| role.id()).collect();
    assert_eq!(build_script::assessment::ROLE_IDS.to_vec(), known);
}
