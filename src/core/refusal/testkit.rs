//! Small scenarios for tests, built at runtime and leaked to get the `'static` slices content has.

use super::model::*;

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

pub fn choice(id: &'static str, rating: Rating, next: &'static str) -> Choice {
    let (uses, misses): (&'static [Technique], &'static [Technique]) = match rating {
        Rating::Strong => (&[Technique::SayNoFirst], &[]),
        Rating::Partly => (&[Technique::ChangeSubject], &[Technique::NoExcuses]),
        Rating::Risky => (&[], &[Technique::SayNoFirst]),
    };
    Choice {
        id,
        act: Act::Say,
        rating,
        uses,
        misses,
        next,
    }
}

pub fn decision(id: &'static str, choices: Vec<Choice>) -> Node {
    Node::Decision(Decision {
        id,
        choices: leak(choices),
    })
}

pub fn ending(id: &'static str) -> Node {
    Node::Ending(Ending { id })
}

pub fn scenario(id: &'static str, start: &'static str, nodes: Vec<Node>) -> &'static Scenario {
    Box::leak(Box::new(Scenario {
        id,
        setting: Setting::Party,
        substances: &[Substance::Alcohol],
        pressure: Pressure::Direct,
        start,
        nodes: leak(nodes),
    }))
}

/// A valid scenario: a weak first answer meets a second offer, every path has 3 decisions.
///
/// a (strong `a1` -> b, partly `a2` -> again, risky `a3` -> again)
/// b (strong `b1` -> c, partly `b2` -> c, risky `b3` -> c)
/// again (strong `g1` -> c, strong `g2` -> c, partly `g3` -> c)
/// c (strong `c1` -> end, strong `c2` -> end, strong `c3` -> end)
pub fn valid() -> &'static Scenario {
    scenario("test", "a", valid_nodes())
}

/// The nodes of [`valid`], for tests that break one thing.
pub fn valid_nodes() -> Vec<Node> {
    use Rating::*;
    vec![
        decision(
            "a",
            vec![
                choice("a1", Strong, "b"),
                choice("a2", Partly, "again"),
                choice("a3", Risky, "again"),
            ],
        ),
        decision(
            "b",
            vec![
                choice("b1", Strong, "c"),
                choice("b2", Partly, "c"),
                choice("b3", Risky, "c"),
            ],
        ),
        decision(
            "again",
            vec![
                choice("g1", Strong, "c"),
                choice("g2", Strong, "c"),
                choice("g3", Partly, "c"),
            ],
        ),
        decision(
            "c",
            vec![
                choice("c1", Strong, "end"),
                choice("c2", Strong, "end"),
                choice("c3", Strong, "end"),
            ],
        ),
        ending("end"),
    ]
}

/// Puts `node` in place of the node with the same id.
pub fn replace(nodes: &mut [Node], node: Node) {
    if let Some(slot) = nodes.iter_mut().find(|n| n.id() == node.id()) {
        *slot = node;
    }
}
