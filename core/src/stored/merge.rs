//! Three-way merges for stored collections. Two tabs of the site each hold a copy of, say, the saved
//! teams; when one saves, another tab may have saved since it last read. The writer then has three
//! versions: the *base* it last read, *ours* (its new value) and *theirs* (what storage holds now).
//! Each item, found by its key, keeps whichever side changed it; an item only one side removed goes
//! only if the other side left it as it was in the base. Nothing either side added is ever dropped.

/// Merges `ours` and `theirs` item by item, `key` naming an item across the three versions: ours come
/// first in their order, then what only theirs holds. An item both sides changed differently keeps
/// ours.
pub fn three_way<T, K>(base: &[T], ours: Vec<T>, theirs: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T>
where
    T: PartialEq,
    K: PartialEq,
{
    let find = |items: &[T], wanted: &K| items.iter().position(|item| key(item) == *wanted);
    let mut theirs: Vec<Option<T>> = theirs.into_iter().map(Some).collect();
    let mut merged = Vec::with_capacity(ours.len() + theirs.len());
    for item in ours {
        let item_key = key(&item);
        let in_base = find(base, &item_key).map(|index| &base[index]);
        let in_theirs =
            theirs.iter().position(|their| their.as_ref().is_some_and(|their| key(their) == item_key));
        match (in_base, in_theirs) {
            // Both hold it: ours unless ours is unchanged and theirs changed it.
            (base_item, Some(index)) => {
                let their = theirs[index].take();
                match their {
                    Some(their) if base_item == Some(&item) => merged.push(their),
                    _ => merged.push(item),
                }
            }
            // Theirs removed it: gone, unless ours changed it since (then ours is kept).
            (Some(base_item), None) if *base_item == item => {}
            _ => merged.push(item),
        }
    }
    for their in theirs.into_iter().flatten() {
        let base_item = find(base, &key(&their)).map(|index| &base[index]);
        // Ours removed an item theirs left as it was: gone. Anything theirs added or changed stays.
        if base_item != Some(&their) {
            merged.push(their);
        }
    }
    merged
}

#[cfg(test)]
mod tests;
