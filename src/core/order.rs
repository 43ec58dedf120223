//! Stable sorting through one compiled sort. Each `sort_by`/`sort_by_key` on another element type
//! or closure, and each `collect()` into a BTreeMap or BTreeSet (it sorts first), compiles the
//! standard library's whole sort again (2-5 KB of wasm each; the trigger map's code had ten).
//! These sort positions with a single shared instance, then move the items into that order
//! (issue 14: every kilobyte is paid by a phone). Build maps and sets with `extend`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by `key`, keeping equal items in their order, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// 0..len in the order `compare` gives the positions: the only instance of the std sort.
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, equal keys included.
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(key, _)| key);
            let mut std = items.clone();
            std.sort_by_key(|&(key, _)| key);
            prop_assert_eq!(ours, std);

            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| b.cmp(a));
            let mut std = items;
            std.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn keeps_every_item_even_when_they_own_memory() {
        let mut names: Vec<String> = ["pear", "fig", "apple", "fig"].map(String::from).to_vec();
        sort_by_key(&mut names, |n| n.len());
        assert_eq!(names, ["fig", "fig", "pear", "apple"]);
    }
}
