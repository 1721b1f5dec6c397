use super::*;

#[test]
fn the_same_seed_gives_the_same_sequence() {
    let mut a = Rng::new(42);
    let mut b = Rng::new(42);
    assert!((0..100).all(|_| a.next_u64() == b.next_u64()));
}

#[test]
fn shuffling_keeps_every_item() {
    let mut items: Vec<u32> = (0..50).collect();
    Rng::new(7).shuffle(&mut items);
    let mut sorted = items.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..50).collect::<Vec<_>>());
    assert_ne!(items, sorted, "fifty items should not stay in order");
}

#[test]
fn below_stays_in_bounds() {
    let mut rng = Rng::new(1);
    assert!((0..1000).all(|_| rng.below(4) < 4));
    assert_eq!(rng.below(0), 0);
}
