//! Fewer shared chunks (a patch of this copy; see vendor/README.md in Culture Check). wasm-split makes
//! one shared chunk for every set of split modules that use some code, so with a dozen modules a module
//! can wait for a hundred small files. This merges shared chunks until no split module needs more than
//! `max_chunks` of them, each step merging the two chunks of the module that needs the most whose merge
//! costs least: the bytes that modules which did not need one of them now fetch anyway.
//!
//! Merging keeps loading correct: a merged chunk is needed by every module that needed either part,
//! so a module still loads everything it can reach. What it did not need is never called.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::dep_graph::DepNode;
use crate::split_point::{OutputModuleInfo, SplitModuleIdentifier};

struct Chunk {
    needed_by: BTreeSet<String>,
    symbols: HashSet<DepNode>,
    size: usize,
}

/// Merges the shared chunks in `contents` until each split module needs at most `max_chunks`, or
/// the number `limits` gives it. `size_of` estimates a symbol's bytes (the cost of fetching it
/// without need); `weights` says how much more a module's unneeded bytes count than another's (1 for
/// a module not named).
pub(crate) fn coarsen(
    contents: &mut HashMap<SplitModuleIdentifier, OutputModuleInfo>,
    size_of: impl Fn(&DepNode) -> usize,
    max_chunks: usize,
    limits: &HashMap<String, usize>,
    weights: &HashMap<String, usize>,
) {
    let limit_of = |module: &String| limits.get(module).copied().unwrap_or(max_chunks);
    let mut chunks: Vec<Chunk> = Vec::new();
    let keys: Vec<_> = contents.keys().filter(|key| matches!(key, SplitModuleIdentifier::Chunk(_))).cloned().collect();
    for key in keys {
        let (SplitModuleIdentifier::Chunk(needed_by), info) = contents.remove_entry(&key).expect("listed") else {
            unreachable!("only chunks are listed")
        };
        let size = info.included_symbols.iter().map(&size_of).sum();
        chunks.push(Chunk { needed_by, symbols: info.included_symbols, size });
    }
    chunks.sort_by(|a, b| a.needed_by.cmp(&b.needed_by));
    loop {
        let mut count = BTreeMap::<&String, usize>::new();
        for chunk in &chunks {
            for module in &chunk.needed_by {
                *count.entry(module).or_default() += 1;
            }
        }
        // The module furthest over its limit (the first in name order among equals).
        let over = count
            .iter()
            .filter_map(|(&module, &n)| n.checked_sub(limit_of(module)).filter(|&by| by > 0).map(|by| (module, by)));
        let Some((module, _)) = over.fold(None, |best: Option<(&String, usize)>, (module, by)| match best {
            Some((_, best_by)) if best_by >= by => best,
            _ => Some((module, by)),
        }) else {
            break;
        };
        let module = module.clone();
        let mine: Vec<usize> = (0..chunks.len()).filter(|&i| chunks[i].needed_by.contains(&module)).collect();
        let mut best: Option<(usize, usize, usize)> = None;
        for (n, &i) in mine.iter().enumerate() {
            for &j in &mine[n + 1..] {
                let cost = merge_cost(&chunks[i], &chunks[j], weights);
                if best.is_none_or(|(_, _, best_cost)| cost < best_cost) {
                    best = Some((i, j, cost));
                }
            }
        }
        let Some((i, j, _)) = best else { break };
        let merged = chunks.remove(j);
        let into = &mut chunks[i];
        into.needed_by.extend(merged.needed_by);
        into.symbols.extend(merged.symbols);
        into.size += merged.size;
    }
    // Chunks merged into the same set of modules become one.
    let mut by_set = BTreeMap::<BTreeSet<String>, HashSet<DepNode>>::new();
    for chunk in chunks {
        by_set.entry(chunk.needed_by).or_default().extend(chunk.symbols);
    }
    for (needed_by, symbols) in by_set {
        contents.insert(
            SplitModuleIdentifier::Chunk(needed_by),
            OutputModuleInfo { included_symbols: symbols, ..OutputModuleInfo::default() },
        );
    }
}

/// The bytes fetched without need once `a` and `b` are one chunk, each module's weighed.
fn merge_cost(a: &Chunk, b: &Chunk, weights: &HashMap<String, usize>) -> usize {
    let weight = |modules: std::collections::btree_set::Difference<'_, String>| -> usize {
        modules.map(|module| weights.get(module).copied().unwrap_or(1)).sum()
    };
    a.size * weight(b.needed_by.difference(&a.needed_by)) + b.size * weight(a.needed_by.difference(&b.needed_by))
}
