//! Where each trigger sits on the map picture, so that no two marks and no label overlap, with any
//! number of triggers. Marks sit on rings around "me", in their group's sector: the stronger the
//! urge, the nearer ring; triggers not rated yet go outside the circle. Each ring holds as many
//! slots per sector as fit a mark's width apart, so marks never touch, and the group names go
//! beyond the outermost ring. Whole units throughout, and the sine and cosine come from the caller
//! (the browser's own in the widget): bundling libm and formatting floats would cost more wasm
//! than the whole map.

use super::model::{Category, Plan, MAX_URGE};

/// A mark's radius (a circle's, or half a square's side); its number fits inside.
pub const MARK: i32 = 10;
/// Two marks' boxes (outline included) are at least this far apart across or down, so that not
/// only the marks but their boxes never overlap, whichever way one lies from the other.
const SPAN: i32 = 2 * (MARK + 1) + 1;
/// Between neighbouring slots' centres: enough for `SPAN` even when one lies diagonally from the
/// other (SPAN times the square root of 2, and a unit more).
const PITCH: f64 = 34.0;
/// The circle of "me" at the centre.
pub const ME: i32 = 34;
/// The rings urges call for, `PITCH` apart; more follow outward, the same distance apart, when a
/// group has more triggers than they hold.
const RATED_RINGS: [i32; 4] = [46, 80, 114, 148];
const RING_STEP: i32 = 34;
/// A group name's letters are at most this wide, in units (font size 11, semi-bold).
const CHAR_WIDTH: i32 = 7;
/// A group name's height above its baseline, and below it.
const ASCENT: i32 = 10;
const DESCENT: i32 = 4;

/// How a group name is anchored at its point, as SVG's `text-anchor` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn id(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a group's name goes: its baseline point, anchor, and how many degrees it is turned
/// about that point (0, or 90 / -90 for a name written down / up beside the circle).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub x: i32,
    pub y: i32,
    pub anchor: Anchor,
    pub turn: i32,
}

/// The picture, centred on "me" at (0, 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapLayout {
    /// Each trigger's mark centre, in plan order (the number on a mark is its place + 1).
    pub marks: Vec<(i32, i32)>,
    /// Where each sector's edge meets the circle, in `Category::ALL` order.
    pub spokes: Vec<(i32, i32)>,
    /// Each group's name, in `Category::ALL` order.
    pub labels: Vec<Label>,
    /// The circle around every rated trigger; those not rated yet lie outside it.
    pub edge: i32,
    /// The view box that holds it all: x, y, width, height.
    pub view: (i32, i32, i32, i32),
}

/// Lays out `plan`'s triggers. `chars[i]` is how many letters group `i`'s name has;
/// `sin_cos(a)` gives the sine and cosine of `a` radians.
pub fn layout(plan: &Plan, chars: &[usize], sin_cos: impl Fn(f64) -> (f64, f64)) -> MapLayout {
    let sectors = Category::ALL.len();
    let sector = std::f64::consts::TAU / sectors as f64;
    // Angle 0 is straight up; sectors go clockwise, as SVG's y axis points down.
    let point = |a: f64, r: i32| {
        let (s, c) = sin_cos(a - std::f64::consts::FRAC_PI_2);
        (
            (f64::from(r) * c).round() as i32,
            (f64::from(r) * s).round() as i32,
        )
    };
    let rated_radius = |ring: usize| match RATED_RINGS.get(ring) {
        Some(&r) => r,
        None => {
            RATED_RINGS[RATED_RINGS.len() - 1] + RING_STEP * (ring + 1 - RATED_RINGS.len()) as i32
        }
    };
    let slots = |r: i32| ((f64::from(r) * sector / PITCH) as usize).max(1);
    // taken[sector][ring]: which slots are used.
    let mut taken: Vec<Vec<Vec<bool>>> = vec![Vec::new(); sectors];

    // The strongest first, so they get the rings nearest "me"; then those not rated yet.
    let mut order: Vec<usize> = (0..plan.triggers.len()).collect();
    crate::core::order::sort_by_key(&mut order, |&i| match plan.triggers[i].urge {
        Some(urge) => (0, MAX_URGE - urge.min(MAX_URGE)),
        None => (1, 0),
    });
    let mut marks = vec![(0, 0); plan.triggers.len()];
    let mut placed: Vec<(i32, i32)> = Vec::with_capacity(plan.triggers.len());
    let clear = |placed: &[(i32, i32)], (x, y): (i32, i32)| {
        placed
            .iter()
            .all(|&(px, py)| (px - x).abs() >= SPAN || (py - y).abs() >= SPAN)
    };
    // The outermost ring used by a rated trigger, and the outermost radius used by any.
    let mut rated_out = RATED_RINGS.len() - 1;
    let mut outermost = rated_radius(rated_out);
    // The circle around the rated ones, once they are all placed.
    let edge = |rated_out: usize| rated_radius(rated_out) + MARK + 2;
    for i in order {
        let trigger = &plan.triggers[i];
        let s = Category::ALL
            .iter()
            .position(|c| *c == trigger.category)
            .unwrap_or(0);
        // Rated: the ring its urge calls for, else the next ones out, then in, then further out.
        // Not rated (placed after every rated one): outside the outermost rated ring.
        let (rings, beyond): (Vec<usize>, usize) = match trigger.urge {
            Some(urge) => {
                let last = RATED_RINGS.len() - 1;
                let want = usize::from(MAX_URGE - urge.min(MAX_URGE)) * RATED_RINGS.len()
                    / (usize::from(MAX_URGE) + 1);
                ((want..=last).chain((0..want).rev()).collect(), last + 1)
            }
            None => (Vec::new(), rated_out + 1),
        };
        for ring in rings.into_iter().chain(beyond..) {
            // Rings of the not rated hug the circle's outside, then step out as the others do.
            let radius = match trigger.urge {
                Some(_) => rated_radius(ring),
                None => edge(rated_out) + MARK + 4 + RING_STEP * (ring - beyond) as i32,
            };
            let n = slots(radius);
            let used = &mut taken[s];
            if used.len() <= ring {
                used.resize(ring + 1, Vec::new());
            }
            if used[ring].is_empty() {
                used[ring] = vec![false; n];
            }
            // The middle of the sector first, then outwards, so a group's marks stay together. A
            // slot whose box would touch a mark placed in a neighbouring sector or ring is passed.
            let mut by_middle: Vec<usize> = (0..n).collect();
            crate::core::order::sort_by_key(&mut by_middle, |&j| (2 * j).abs_diff(n - 1));
            let at = |j: usize| point(sector * (s as f64 + (j as f64 + 0.5) / n as f64), radius);
            if let Some(j) = by_middle
                .into_iter()
                .find(|&j| !used[ring][j] && clear(&placed, at(j)))
            {
                used[ring][j] = true;
                marks[i] = at(j);
                placed.push(at(j));
                outermost = outermost.max(radius);
                if trigger.urge.is_some() {
                    rated_out = rated_out.max(ring);
                }
                break;
            }
        }
    }

    let edge = edge(rated_out);
    let outer = edge.max(outermost + MARK);
    let spokes = (0..sectors)
        .map(|s| point(sector * s as f64, outer))
        .collect();
    // Group names just beyond the outermost ring, in the middle of their sector, reading away from
    // the circle: to the right on the right, to the left on the left, below at the bottom.
    let reach = outer + 6;
    let mut bounds = (-outer, -outer, outer, outer);
    let labels = (0..sectors)
        .map(|s| {
            let a = sector * (s as f64 + 0.5);
            let width = CHAR_WIDTH * chars.get(s).copied().unwrap_or(0) as i32;
            let (x, y) = point(a, reach);
            // A sector pointing sideways gets its name turned along the circle's edge: written
            // across, it would widen the picture by its whole length and shrink everything else.
            if x.abs() * 10 > reach * 9 {
                let (x, y) = point(a, reach + DESCENT);
                let turn = if x > 0 { 90 } else { -90 };
                let (inner, outer) = if x > 0 {
                    (x - DESCENT, x + ASCENT)
                } else {
                    (x - ASCENT, x + DESCENT)
                };
                bounds = (
                    bounds.0.min(inner),
                    bounds.1.min(y - width / 2),
                    bounds.2.max(outer),
                    bounds.3.max(y + width / 2),
                );
                return Label {
                    x,
                    y,
                    anchor: Anchor::Middle,
                    turn,
                };
            }
            let anchor = if x * 5 > reach {
                Anchor::Start
            } else if x * 5 < -reach {
                Anchor::End
            } else {
                Anchor::Middle
            };
            let baseline = if y * 5 > reach {
                y + ASCENT
            } else if y * 5 < -reach {
                y - DESCENT
            } else {
                y + ASCENT / 2
            };
            let (left, right) = match anchor {
                Anchor::Start => (x, x + width),
                Anchor::Middle => (x - width / 2, x + width / 2),
                Anchor::End => (x - width, x),
            };
            bounds = (
                bounds.0.min(left),
                bounds.1.min(baseline - ASCENT),
                bounds.2.max(right),
                bounds.3.max(baseline + DESCENT),
            );
            Label {
                x,
                y: baseline,
                anchor,
                turn: 0,
            }
        })
        .collect();
    let margin = 4;
    MapLayout {
        marks,
        spokes,
        labels,
        edge,
        view: (
            bounds.0 - margin,
            bounds.1 - margin,
            bounds.2 - bounds.0 + 2 * margin,
            bounds.3 - bounds.1 + 2 * margin,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::{Edit, TriggerDraft};
    use super::*;

    fn sin_cos(a: f64) -> (f64, f64) {
        a.sin_cos()
    }

    fn plan(triggers: &[(Category, Option<u8>)]) -> Plan {
        let mut plan = Plan::default();
        for (i, &(category, urge)) in triggers.iter().enumerate() {
            let mut draft = TriggerDraft::new(&format!("t{i}"), category);
            draft.urge = urge;
            plan.apply(Edit::AddTrigger(draft)).unwrap();
        }
        plan
    }

    fn distance2(a: (i32, i32), b: (i32, i32)) -> i32 {
        (a.0 - b.0).pow(2) + (a.1 - b.1).pow(2)
    }

    /// No two marks touch, and none covers "me".
    fn assert_apart(layout: &MapLayout) {
        for (i, &a) in layout.marks.iter().enumerate() {
            assert!(
                distance2(a, (0, 0)) > (ME + MARK).pow(2),
                "mark {i} covers me"
            );
            for (j, &b) in layout.marks.iter().enumerate().skip(i + 1) {
                assert!(
                    distance2(a, b) >= (2 * MARK + 1).pow(2),
                    "marks {i} {a:?} and {j} {b:?} touch"
                );
            }
        }
    }

    #[test]
    fn a_hundred_triggers_in_one_group_or_spread_never_touch() {
        for spread in [false, true] {
            let triggers: Vec<_> = (0..100)
                .map(|i| {
                    let category = if spread {
                        Category::ALL[i % 7]
                    } else {
                        Category::People
                    };
                    let urge = (i % 4 != 3).then_some((i % 11) as u8);
                    (category, urge)
                })
                .collect();
            let layout = layout(&plan(&triggers), &[10; 7], sin_cos);
            assert_eq!(layout.marks.len(), 100);
            assert_apart(&layout);
        }
    }

    #[test]
    fn stronger_sits_nearer_and_unrated_sits_outside_the_circle() {
        let p = plan(&[
            (Category::Places, Some(2)),
            (Category::Places, None),
            (Category::Places, Some(10)),
            (Category::Thoughts, Some(6)),
        ]);
        let l = layout(&p, &[6; 7], sin_cos);
        let r2 = |i: usize| distance2(l.marks[i], (0, 0));
        assert!(r2(2) < r2(3) && r2(3) < r2(0));
        assert!(
            r2(1) > (l.edge + MARK).pow(2),
            "not rated: outside the circle"
        );
        for i in [0, 2, 3] {
            assert!(r2(i) < (l.edge - MARK).pow(2), "rated: inside the circle");
        }
        assert_apart(&l);
    }

    #[test]
    fn a_crowded_group_widens_the_circle_and_keeps_unrated_outside_it() {
        let mut triggers = vec![(Category::People, Some(9)); 30];
        triggers.extend([(Category::People, None); 5]);
        let l = layout(&plan(&triggers), &[6; 7], sin_cos);
        assert_apart(&l);
        for (i, &m) in l.marks.iter().enumerate() {
            let outside = distance2(m, (0, 0)) > (l.edge + MARK).pow(2);
            let inside = distance2(m, (0, 0)) < (l.edge - MARK).pow(2);
            assert!(if i < 30 { inside } else { outside }, "mark {i} at {m:?}");
        }
    }

    #[test]
    fn group_names_lie_beyond_every_mark_and_the_view_holds_everything() {
        let triggers: Vec<_> = (0..25)
            .map(|i| (Category::ALL[i % 7], (i % 5 != 0).then_some((i % 11) as u8)))
            .collect();
        let l = layout(&plan(&triggers), &[16; 7], sin_cos);
        let (vx, vy, vw, vh) = l.view;
        let outermost = l.marks.iter().map(|&m| distance2(m, (0, 0))).max().unwrap();
        for &Label { x, y, .. } in &l.labels {
            assert!(distance2((x, y), (0, 0)) > outermost);
            assert!(x >= vx && x <= vx + vw && y >= vy && y <= vy + vh);
        }
        for &(x, y) in &l.marks {
            assert!(x - MARK >= vx && x + MARK <= vx + vw);
            assert!(y - MARK >= vy && y + MARK <= vy + vh);
        }
    }
}
