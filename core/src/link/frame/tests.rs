use super::*;

#[test]
fn a_sealed_frame_opens_to_its_kind_and_body() {
    let text = seal(WITHOUT_ROLES, LinkKind::Quiz, &[1, 2, 3]);
    assert_eq!(open(&text), Ok((WITHOUT_ROLES, LinkKind::Quiz, vec![1, 2, 3])));
}

#[test]
fn the_first_byte_holds_the_version_above_the_kind() {
    let text = seal(WITH_ROLES, LinkKind::Team, &[]);
    let bytes = base64url::decode(&text).expect("the sealer writes base64url");
    assert_eq!(bytes[0], 0x23);
}
