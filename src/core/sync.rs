//! Merging what two tabs (or a tab and the device) saved, so that nothing typed is lost.
//!
//! Saved data is a [`Doc`]: entries keyed by item (a trigger's id, a refusal line's text), each
//! the latest [`Entry`] of that item with a [`Stamp`], the stamps it replaced, and a tombstone
//! for a deleted item. Merging two docs is a per-entry join:
//!
//! - an item only one side has is kept (an addition, or a tombstone);
//! - if one version replaced the other (its `seen` holds the other's stamp), the newer one wins;
//! - otherwise the two were changed apart: equal values merge quietly; a deletion and an edit
//!   keep the edit (nothing typed is lost); two different edits keep the later one as the value
//!   and the other in `conflicts`, until the person chooses ("keep mine / keep theirs");
//!   items whose kind merges on its own ([`Merge::join`]) combine without asking.
//!
//! The join is commutative, associative and idempotent over docs, so every tab ends with the
//! same data whatever order the saves arrive in (property tests below). A [`Replica`] is one
//! page's working copy: it turns edits of a plain value into new entries and remembers whether
//! it has changes not yet saved.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// When an entry was written and by whom: a Lamport clock (above every stamp the writer had
/// seen) and the writing page's random replica number. Unique, and ordered.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Stamp {
    #[serde(rename = "c")]
    pub clock: u64,
    #[serde(rename = "r")]
    pub replica: u32,
}

/// How many replaced stamps an entry remembers. A page that missed more versions of one item than
/// this (it would have to stay deaf to another tab's saves) sees its old version offered as a
/// conflict: an extra question, never a loss.
pub const SEEN_LIMIT: usize = 16;

/// How long a tombstone is kept (ms). A tab left open longer than this with an old copy of a
/// deleted item could bring it back; it would never make a typed item disappear.
pub const TOMBSTONE_DAYS_MS: u64 = 90 * 24 * 60 * 60 * 1000;

/// One version of one item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry<T> {
    /// None: the item was deleted.
    #[serde(rename = "v", default = "none")]
    pub value: Option<T>,
    #[serde(rename = "s")]
    pub stamp: Stamp,
    /// The stamp of the item's first version: keeps items in the order they were added.
    #[serde(rename = "b")]
    pub born: Stamp,
    /// Stamps of versions this one replaced, newest first.
    #[serde(rename = "p", default, skip_serializing_if = "Vec::is_empty")]
    pub seen: Vec<Stamp>,
    /// When a deletion happened (ms since 1970), so old tombstones can be dropped.
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<u64>,
}

fn none<T>() -> Option<T> {
    None
}

impl<T: PartialEq + Clone> Entry<T> {
    fn replaced(&self, other: &Entry<T>) -> bool {
        self.seen.contains(&other.stamp)
    }

    /// This entry, now also known to have replaced `other` (and what `other` replaced).
    fn absorbing(mut self, other: &Entry<T>) -> Entry<T> {
        let mut seen: Vec<Stamp> = Vec::with_capacity(SEEN_LIMIT);
        if other.stamp != self.stamp {
            seen.push(other.stamp);
        }
        for s in self.seen.iter().chain(other.seen.iter()) {
            if *s != self.stamp && !seen.contains(s) {
                seen.push(*s);
            }
        }
        crate::core::order::sort_by(&mut seen, |a, b| b.cmp(a));
        seen.truncate(SEEN_LIMIT);
        self.seen = seen;
        self.born = self.born.min(other.born);
        self
    }
}

/// How an item kind merges when two versions were changed apart.
pub trait Merge: Clone + PartialEq {
    /// Some(value) when two versions changed apart combine on their own (a best score, an
    /// order); None when the person should choose. `later` has the higher stamp.
    fn join(_later: &Self, _earlier: &Self) -> Option<Self> {
        None
    }
}

/// Saved data that two tabs can change at once: merging is how a tab takes in the other's save.
pub trait Synced: Clone + PartialEq + Default {
    fn merge_from(&mut self, other: &Self) -> MergeReport;
    /// Forgets what is no longer needed (old tombstones).
    fn prune(&mut self, _now_ms: u64) {}
}

impl<T: Merge> Synced for Doc<T> {
    fn merge_from(&mut self, other: &Self) -> MergeReport {
        self.merge(other)
    }

    fn prune(&mut self, now_ms: u64) {
        Doc::prune(self, now_ms);
    }
}

/// All saved items of one kind of data, with the conflicts waiting for the person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct Doc<T> {
    #[serde(rename = "items", default = "BTreeMap::new")]
    pub entries: BTreeMap<String, Entry<T>>,
    /// Versions that lost a true conflict, by item key; the person keeps one.
    #[serde(default = "BTreeMap::new", skip_serializing_if = "BTreeMap::is_empty")]
    pub conflicts: BTreeMap<String, Vec<Entry<T>>>,
}

impl<T> Default for Doc<T> {
    fn default() -> Self {
        Doc {
            entries: BTreeMap::new(),
            conflicts: BTreeMap::new(),
        }
    }
}

/// What a merge did that the person should hear about.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Items changed in two places: both versions kept, the person chooses.
    pub conflicts: Vec<String>,
    /// Items deleted in one place and changed in another: kept, with the change.
    pub kept_over_delete: Vec<String>,
    /// Whether anything changed in the doc merged into.
    pub changed: bool,
}

impl<T: Merge> Doc<T> {
    /// The items that exist (not deleted), by key.
    pub fn values(&self) -> impl Iterator<Item = (&String, &T)> {
        self.entries
            .iter()
            .filter_map(|(k, e)| e.value.as_ref().map(|v| (k, v)))
    }

    /// Items that exist, in the order they were first added.
    pub fn in_order(&self) -> Vec<(&String, &T)> {
        let mut items: Vec<_> = self
            .entries
            .iter()
            .filter_map(|(k, e)| e.value.as_ref().map(|v| (e.born, k, v)))
            .collect();
        crate::core::order::sort_by(&mut items, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        items.into_iter().map(|(_, k, v)| (k, v)).collect()
    }

    pub fn latest_clock(&self) -> u64 {
        self.entries
            .values()
            .chain(self.conflicts.values().flatten())
            .flat_map(|e| std::iter::once(e.stamp.clock).chain(e.seen.iter().map(|s| s.clock)))
            .max()
            .unwrap_or(0)
    }

    /// Joins `theirs` into this doc.
    pub fn merge(&mut self, theirs: &Doc<T>) -> MergeReport {
        let mut report = MergeReport::default();
        for (key, other) in &theirs.entries {
            let merged = match self.entries.get(key) {
                None => Some(other.clone()),
                Some(mine) => merge_entry(key, mine, other, &mut self.conflicts, &mut report),
            };
            if let Some(entry) = merged {
                if self.entries.get(key) != Some(&entry) {
                    report.changed = true;
                    self.entries.insert(key.clone(), entry);
                }
            }
        }
        for (key, versions) in &theirs.conflicts {
            for v in versions {
                let list = self.conflicts.entry(key.clone()).or_default();
                if !list.iter().any(|c| c.stamp == v.stamp) {
                    list.push(v.clone());
                    report.changed = true;
                }
            }
        }
        self.settle_conflicts();
        report
    }

    /// Drops conflict versions that the current entry has replaced. A deletion that did not
    /// see a conflicting edit does not remove it: the latest such edit becomes the item again.
    fn settle_conflicts(&mut self) {
        let keys: Vec<String> = self.conflicts.keys().cloned().collect();
        for key in keys {
            let Some(mut list) = self.conflicts.remove(&key) else {
                continue;
            };
            let Some(mut current) = self.entries.get(&key).cloned() else {
                continue;
            };
            let replaced = |current: &Entry<T>, c: &Entry<T>| {
                c.stamp == current.stamp || current.seen.contains(&c.stamp)
            };
            list.retain(|c| c.value.is_some() && !replaced(&current, c));
            crate::core::order::sort_by_key(&mut list, |c| c.stamp);
            list.dedup_by_key(|c| c.stamp);
            if current.value.is_none() {
                if let Some(latest) = list.pop() {
                    current = latest.absorbing(&current);
                    current.deleted_at = None;
                    list.retain(|c| !replaced(&current, c));
                    self.entries.insert(key.clone(), current);
                }
            }
            if !list.is_empty() {
                self.conflicts.insert(key, list);
            }
        }
    }

    /// Forgets tombstones older than [`TOMBSTONE_DAYS_MS`].
    pub fn prune(&mut self, now_ms: u64) {
        self.entries.retain(|_, e| {
            e.value.is_some()
                || e.deleted_at
                    .is_none_or(|at| now_ms.saturating_sub(at) < TOMBSTONE_DAYS_MS)
        });
    }
}

/// Replicas number themselves below this; a stamp at or above it was made by joining two.
pub const JOINED: u32 = 1 << 31;

/// The stamp of a version joined from two: every side computes the same one, and it can never
/// be a writer's own (its replica has the top bit set).
fn joined_stamp(later: Stamp, earlier: Stamp) -> Stamp {
    let mut bytes = Vec::with_capacity(24);
    for s in [later, earlier] {
        bytes.extend_from_slice(&s.clock.to_le_bytes());
        bytes.extend_from_slice(&s.replica.to_le_bytes());
    }
    let hash = crate::core::store::fnv1a(&bytes);
    Stamp {
        clock: later.clock + 1,
        replica: JOINED | (hash as u32 & (JOINED - 1)),
    }
}

fn merge_entry<T: Merge>(
    key: &str,
    mine: &Entry<T>,
    theirs: &Entry<T>,
    conflicts: &mut BTreeMap<String, Vec<Entry<T>>>,
    report: &mut MergeReport,
) -> Option<Entry<T>> {
    if mine.stamp == theirs.stamp {
        return Some(mine.clone().absorbing(theirs));
    }
    if mine.replaced(theirs) {
        return Some(mine.clone().absorbing(theirs));
    }
    if theirs.replaced(mine) {
        return Some(theirs.clone().absorbing(mine));
    }
    let (later, earlier) = if mine.stamp > theirs.stamp {
        (mine, theirs)
    } else {
        (theirs, mine)
    };
    // Changed apart (or too long ago to tell: then the person sees both, never a loss).
    if later.value == earlier.value {
        return Some(later.clone().absorbing(earlier));
    }
    match (&later.value, &earlier.value) {
        (Some(a), Some(b)) => {
            if let Some(joined) = T::join(a, b) {
                // A new version made of both, with a stamp every side computes alike.
                let mut entry = later.clone().absorbing(earlier);
                entry.seen.insert(0, later.stamp);
                entry.seen.truncate(SEEN_LIMIT);
                entry.stamp = joined_stamp(later.stamp, earlier.stamp);
                entry.value = Some(joined);
                return Some(entry);
            }
            // The later one stays the item, unchanged (it has not replaced the other); the
            // other waits in `conflicts` for the person.
            let list = conflicts.entry(key.to_string()).or_default();
            if !list.iter().any(|c| c.stamp == earlier.stamp) {
                report.conflicts.push(key.to_string());
                list.push(earlier.clone());
            }
            Some(later.clone())
        }
        // A deletion and an edit: keep the edit.
        (Some(_), None) | (None, Some(_)) => {
            report.kept_over_delete.push(key.to_string());
            let edited = if mine.value.is_some() { mine } else { theirs };
            let deleted = if mine.value.is_some() { theirs } else { mine };
            let mut entry = edited.clone().absorbing(deleted);
            entry.deleted_at = None;
            Some(entry)
        }
        (None, None) => Some(later.clone().absorbing(earlier)),
    }
}

/// One page's working copy of a doc: turns changes of plain values into entries, and remembers
/// which entries it changed since the last save.
#[derive(Clone, Debug, PartialEq)]
pub struct Replica<T> {
    pub doc: Doc<T>,
    pub replica: u32,
    clock: u64,
    dirty: BTreeSet<String>,
}

impl<T: Merge> Replica<T> {
    /// `replica` is the page's number, below [`JOINED`].
    pub fn new(doc: Doc<T>, replica: u32) -> Replica<T> {
        let replica = replica & (JOINED - 1);
        let clock = doc.latest_clock();
        Replica {
            doc,
            replica,
            clock,
            dirty: BTreeSet::new(),
        }
    }

    fn next_stamp(&mut self) -> Stamp {
        self.clock = self.clock.max(self.doc.latest_clock()) + 1;
        Stamp {
            clock: self.clock,
            replica: self.replica,
        }
    }

    /// Records the difference between two sets of items as new versions. `now_ms` dates
    /// deletions. Returns whether anything changed.
    pub fn record(
        &mut self,
        before: &BTreeMap<String, T>,
        after: &BTreeMap<String, T>,
        now_ms: u64,
    ) -> bool {
        let mut changed = false;
        // `extend`, not `collect`: collecting into a BTreeSet compiles a sort (see core::order).
        let mut keys: BTreeSet<&String> = BTreeSet::new();
        keys.extend(before.keys().chain(after.keys()));
        for key in keys {
            let old = before.get(key);
            let new = after.get(key);
            if old == new {
                continue;
            }
            self.set(key, new.cloned(), now_ms);
            changed = true;
        }
        changed
    }

    /// Writes one item (None deletes it) as a new version.
    pub fn set(&mut self, key: &str, value: Option<T>, now_ms: u64) {
        let stamp = self.next_stamp();
        let previous = self.doc.entries.get(key);
        let entry = Entry {
            deleted_at: value.is_none().then_some(now_ms),
            value,
            stamp,
            born: previous.map_or(stamp, |p| p.born),
            seen: Vec::new(),
        };
        let entry = match previous {
            Some(p) => entry.absorbing(p),
            None => entry,
        };
        // Choosing a version settles the conflict: the new one replaced every version on offer.
        let entry = match self.doc.conflicts.remove(key) {
            Some(list) => list.iter().fold(entry, |e, c| e.absorbing(c)),
            None => entry,
        };
        self.doc.entries.insert(key.to_string(), entry);
        self.dirty.insert(key.to_string());
    }

    /// Takes in what is stored (another tab's save, or the value just read back).
    pub fn merge(&mut self, stored: &Doc<T>) -> MergeReport {
        let report = self.doc.merge(stored);
        self.clock = self.clock.max(self.doc.latest_clock());
        report
    }

    /// Everything this side changed has been written.
    pub fn saved(&mut self) {
        self.dirty.clear();
    }

    pub fn has_unsaved(&self) -> bool {
        !self.dirty.is_empty()
    }
}

/// Records the change from `before` to `after` (plain items) into `doc` as new versions
/// written by `replica`. Returns whether anything changed.
pub fn record<T: Merge>(
    doc: &mut Doc<T>,
    replica: u32,
    before: &BTreeMap<String, T>,
    after: &BTreeMap<String, T>,
    now_ms: u64,
) -> bool {
    let mut r = Replica::new(std::mem::take(doc), replica);
    let changed = r.record(before, after, now_ms);
    *doc = r.doc;
    changed
}

/// The versions of one item waiting for the person to choose: the current one first.
pub fn versions<T: Clone>(doc: &Doc<T>, key: &str) -> Vec<T> {
    doc.entries
        .get(key)
        .and_then(|e| e.value.clone())
        .into_iter()
        .chain(
            doc.conflicts
                .get(key)
                .into_iter()
                .flatten()
                .filter_map(|c| c.value.clone()),
        )
        .collect()
}

/// Settles a conflict: `chosen` becomes the item, replacing every version on offer.
pub fn choose<T: Merge>(doc: &mut Doc<T>, key: &str, chosen: T, replica: u32, now_ms: u64) {
    let mut r = Replica::new(std::mem::take(doc), replica);
    r.set(key, Some(chosen), now_ms);
    *doc = r.doc;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    impl Merge for String {}

    /// A kind that merges on its own: the larger wins.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    struct Best(u8);
    impl Merge for Best {
        fn join(a: &Self, b: &Self) -> Option<Self> {
            Some(Best(a.0.max(b.0)))
        }
    }

    fn items(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn values(doc: &Doc<String>) -> BTreeMap<String, String> {
        doc.values().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    #[test]
    fn additions_on_both_sides_all_survive() {
        let mut a = Replica::new(Doc::default(), 1);
        let mut b = Replica::new(Doc::default(), 2);
        a.record(&items(&[]), &items(&[("1", "bars")]), 0);
        b.record(&items(&[]), &items(&[("2", "payday")]), 0);
        a.merge(&b.doc);
        b.merge(&a.doc);
        assert_eq!(values(&a.doc), items(&[("1", "bars"), ("2", "payday")]));
        assert_eq!(a.doc, b.doc);
    }

    #[test]
    fn a_later_edit_of_a_seen_version_wins_without_a_conflict() {
        let mut a = Replica::new(Doc::default(), 1);
        a.record(&items(&[]), &items(&[("1", "bars")]), 0);
        a.saved();
        let mut b = Replica::new(a.doc.clone(), 2);
        b.record(
            &items(&[("1", "bars")]),
            &items(&[("1", "bars downtown")]),
            0,
        );
        let report = a.merge(&b.doc);
        assert!(report.conflicts.is_empty());
        assert_eq!(values(&a.doc), items(&[("1", "bars downtown")]));
    }

    #[test]
    fn two_edits_apart_keep_both_until_the_person_chooses() {
        let mut a = Replica::new(Doc::default(), 1);
        a.record(&items(&[]), &items(&[("1", "bars")]), 0);
        a.saved();
        let mut b = Replica::new(a.doc.clone(), 2);
        a.record(&items(&[("1", "bars")]), &items(&[("1", "the pub")]), 0);
        b.record(&items(&[("1", "bars")]), &items(&[("1", "any bar")]), 0);
        let report = a.merge(&b.doc);
        assert_eq!(report.conflicts, ["1"]);
        let kept: Vec<_> = std::iter::once(a.doc.entries["1"].value.clone())
            .chain(a.doc.conflicts["1"].iter().map(|c| c.value.clone()))
            .flatten()
            .collect();
        assert!(kept.contains(&"the pub".into()) && kept.contains(&"any bar".into()));
        // The other side hears the same and sees the same.
        b.merge(&a.doc);
        assert_eq!(a.doc, b.doc);
        // Choosing one settles it everywhere.
        a.set("1", Some("any bar".into()), 0);
        assert!(a.doc.conflicts.is_empty());
        b.merge(&a.doc);
        assert!(b.doc.conflicts.is_empty());
        assert_eq!(values(&b.doc), items(&[("1", "any bar")]));
    }

    #[test]
    fn a_deletion_and_an_edit_keep_the_edit() {
        let mut a = Replica::new(Doc::default(), 1);
        a.record(&items(&[]), &items(&[("1", "bars")]), 0);
        a.saved();
        let mut b = Replica::new(a.doc.clone(), 2);
        a.record(&items(&[("1", "bars")]), &items(&[]), 5);
        b.record(
            &items(&[("1", "bars")]),
            &items(&[("1", "bars at night")]),
            0,
        );
        let report = a.merge(&b.doc);
        assert_eq!(report.kept_over_delete, ["1"]);
        assert_eq!(values(&a.doc), items(&[("1", "bars at night")]));
        b.merge(&a.doc);
        assert_eq!(a.doc, b.doc);
    }

    #[test]
    fn a_deletion_of_a_seen_version_deletes() {
        let mut a = Replica::new(Doc::default(), 1);
        a.record(&items(&[]), &items(&[("1", "bars")]), 0);
        a.saved();
        let mut b = Replica::new(a.doc.clone(), 2);
        b.record(&items(&[("1", "bars")]), &items(&[]), 0);
        a.merge(&b.doc);
        assert!(values(&a.doc).is_empty());
    }

    #[test]
    fn kinds_that_join_never_ask() {
        let mut a: Replica<Best> = Replica::new(Doc::default(), 1);
        a.set("scene", Some(Best(1)), 0);
        a.saved();
        let mut b = Replica::new(a.doc.clone(), 2);
        a.set("scene", Some(Best(3)), 0);
        b.set("scene", Some(Best(2)), 0);
        let report = a.merge(&b.doc);
        assert!(report.conflicts.is_empty());
        assert_eq!(a.doc.entries["scene"].value, Some(Best(3)));
    }

    #[test]
    fn a_page_that_missed_many_versions_is_offered_its_old_one_rather_than_losing_anything() {
        let mut a = Replica::new(Doc::default(), 1);
        a.record(&items(&[]), &items(&[("1", "v0")]), 0);
        a.saved();
        let mut b = Replica::new(a.doc.clone(), 2);
        for i in 1..=3 {
            a.set("1", Some(format!("v{i}")), 0);
        }
        assert!(
            b.merge(&a.doc).conflicts.is_empty(),
            "a few versions: no question"
        );
        let mut stale = Replica::new(b.doc.clone(), 3);
        for i in 4..=SEEN_LIMIT + 8 {
            a.set("1", Some(format!("v{i}")), 0);
        }
        stale.merge(&a.doc);
        assert_eq!(stale.doc.entries["1"].value, a.doc.entries["1"].value);
        assert_eq!(stale.doc.conflicts["1"][0].value.as_deref(), Some("v3"));
    }

    #[test]
    fn old_tombstones_are_pruned_and_recent_ones_kept() {
        let mut a = Replica::new(Doc::default(), 1);
        a.record(&items(&[]), &items(&[("1", "x"), ("2", "y")]), 0);
        a.set("1", None, 0);
        a.set("2", None, TOMBSTONE_DAYS_MS);
        a.doc.prune(TOMBSTONE_DAYS_MS + 500);
        assert!(!a.doc.entries.contains_key("1"));
        assert!(a.doc.entries.contains_key("2"));
    }

    #[test]
    fn the_stored_form_is_compact_and_reads_back() {
        let mut a = Replica::new(Doc::default(), 7);
        a.record(&items(&[]), &items(&[("1", "bars")]), 0);
        a.set("1", None, 42);
        let json = serde_json::to_string(&a.doc).unwrap();
        assert!(json.contains(r#""d":42"#), "{json}");
        let back: Doc<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a.doc);
    }

    /// One step of a page's life: an edit (add, change or delete a key), a save (merge with the
    /// stored doc, then write), or hearing about the stored doc (another tab's save).
    #[derive(Clone, Debug)]
    enum Step {
        Edit {
            page: usize,
            key: u8,
            value: Option<u8>,
        },
        Save {
            page: usize,
        },
        Hear {
            page: usize,
        },
    }

    fn steps() -> impl Strategy<Value = Vec<Step>> {
        let step = prop_oneof![
            (0usize..2, 0u8..4, proptest::option::of(0u8..6))
                .prop_map(|(page, key, value)| Step::Edit { page, key, value }),
            (0usize..2).prop_map(|page| Step::Save { page }),
            (0usize..2).prop_map(|page| Step::Hear { page }),
        ];
        proptest::collection::vec(step, 0..40)
    }

    /// The values a page shows for a key: the item and every conflicting version, so "nothing
    /// lost" counts both.
    fn shown_for(doc: &Doc<String>, key: &str) -> BTreeSet<String> {
        doc.entries
            .get(key)
            .and_then(|e| e.value.clone())
            .into_iter()
            .chain(
                doc.conflicts
                    .get(key)
                    .into_iter()
                    .flatten()
                    .filter_map(|c| c.value.clone()),
            )
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        /// Two pages share one store: any interleaving of edits, saves and storage events ends,
        /// once both have saved and heard each other, with the same data on both pages and in
        /// the store, and every value typed last into any key is still shown (as the item or as
        /// a conflict to choose from) unless a deletion on a page that had seen it removed it.
        #[test]
        fn any_interleaving_converges_and_loses_no_item(steps in steps()) {
            let mut pages = [Replica::<String>::new(Doc::default(), 1), Replica::new(Doc::default(), 2)];
            let mut stored: Doc<String> = Doc::default();
            // The latest value each page typed into each key, and whether a later deletion on a
            // page that saw it took it away.
            let mut typed: BTreeMap<(usize, u8), String> = BTreeMap::new();
            for (n, step) in steps.iter().enumerate() {
                match *step {
                    Step::Edit { page, key, value } => {
                        let k = key.to_string();
                        // What this page shows for the key is replaced by the edit.
                        let seen = shown_for(&pages[page].doc, &k);
                        typed.retain(|(_, k2), val| !(*k2 == key && seen.contains(val)));
                        let v = value.map(|v| format!("{v}@{n}"));
                        pages[page].set(&k, v.clone(), n as u64);
                        if let Some(v) = v {
                            typed.insert((page, key), v);
                        }
                    }
                    Step::Save { page } => {
                        pages[page].merge(&stored);
                        stored = pages[page].doc.clone();
                        pages[page].saved();
                    }
                    Step::Hear { page } => {
                        pages[page].merge(&stored);
                    }
                }
            }
            // Everyone saves and hears until quiet.
            for _ in 0..3 {
                for page in pages.iter_mut() {
                    page.merge(&stored);
                    stored = page.doc.clone();
                    page.saved();
                }
            }
            prop_assert_eq!(&pages[0].doc, &pages[1].doc);
            prop_assert_eq!(&pages[0].doc, &stored);
            for ((page, key), value) in &typed {
                prop_assert!(shown_for(&stored, &key.to_string()).contains(value), "page {}'s {:?} for key {} was lost: {:?}", page, value, key, stored);
            }
        }

        /// The join of three docs in any order is the same doc.
        #[test]
        fn merging_is_commutative_and_associative(steps in steps()) {
            let mut pages = [Replica::<String>::new(Doc::default(), 1), Replica::new(Doc::default(), 2), Replica::new(Doc::default(), 3)];
            for (n, step) in steps.iter().enumerate() {
                if let Step::Edit { page, key, value } = *step {
                    pages[page % 3].set(&key.to_string(), value.map(|v| format!("{v}")), n as u64);
                } else if let Step::Save { page } = *step {
                    let other = pages[(page + 1) % 3].doc.clone();
                    pages[page].doc.merge(&other);
                }
            }
            let (a, b, c) = (&pages[0].doc, &pages[1].doc, &pages[2].doc);
            let join = |x: &Doc<String>, y: &Doc<String>| { let mut d = x.clone(); d.merge(y); d };
            prop_assert_eq!(values(&join(a, b)), values(&join(b, a)));
            prop_assert_eq!(values(&join(&join(a, b), c)), values(&join(a, &join(b, c))));
            prop_assert_eq!(join(a, a), a.clone());
        }
    }
}
