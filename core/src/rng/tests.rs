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
fn below_gives_every_number_under_the_bound_and_nothing_else() {
    let mut rng = Rng::new(1);
    let seen: std::collections::BTreeSet<usize> = (0..1000).map(|_| rng.below(4)).collect();
    assert_eq!(seen.into_iter().collect::<Vec<_>>(), [0, 1, 2, 3]);
    assert_eq!(rng.below(0), 0);
}
