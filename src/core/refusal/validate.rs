//! Content checks. They run in tests over every bundled scenario and again when the exercise
//! loads, so a content mistake shows up as a clear message instead of a stuck role-play.
//!
//! Graphs are a dozen nodes, so plain slices and linear searches are enough: no hash maps,
//! which would cost bundle size.

use std::fmt;

use super::model::{Node, Rating, Scenario, Technique};

/// Fewest decision points on any path, so every path is real practice.
pub const MIN_DECISIONS_PER_PATH: usize = 3;
pub const MIN_CHOICES: usize = 3;
pub const MAX_CHOICES: usize = 4;

/// A mistake in scenario content. `Display` says what is wrong and where, for a content writer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentError {
    /// The scenario's id, title or intro is blank, or it lists no substance.
    EmptyScenarioField {
        scenario: &'static str,
        field: &'static str,
    },
    DuplicateScenario {
        scenario: &'static str,
    },
    DuplicateNode {
        scenario: &'static str,
        node: &'static str,
    },
    DuplicateChoice {
        scenario: &'static str,
        node: &'static str,
        choice: &'static str,
    },
    /// A node's id, speaker, line, discussion prompt or ending text is blank.
    EmptyNodeField {
        scenario: &'static str,
        node: &'static str,
        field: &'static str,
    },
    MissingStart {
        scenario: &'static str,
        start: &'static str,
    },
    DanglingTarget {
        scenario: &'static str,
        node: &'static str,
        choice: &'static str,
        target: &'static str,
    },
    Unreachable {
        scenario: &'static str,
        node: &'static str,
    },
    /// Following choices from this node can come back to it, so a path might never end.
    Cycle {
        scenario: &'static str,
        node: &'static str,
    },
    /// A decision without choices: the story stops there without an ending.
    DeadEnd {
        scenario: &'static str,
        node: &'static str,
    },
    TooFewDecisions {
        scenario: &'static str,
        ending: &'static str,
        decisions: usize,
    },
    ChoiceCount {
        scenario: &'static str,
        node: &'static str,
        count: usize,
    },
    NoStrongChoice {
        scenario: &'static str,
        node: &'static str,
    },
    /// A choice's id, text or feedback is blank.
    EmptyChoiceField {
        scenario: &'static str,
        node: &'static str,
        choice: &'static str,
        field: &'static str,
    },
    NoTechnique {
        scenario: &'static str,
        node: &'static str,
        choice: &'static str,
    },
    StrongUsesNothing {
        scenario: &'static str,
        node: &'static str,
        choice: &'static str,
    },
    UsedAndMissed {
        scenario: &'static str,
        node: &'static str,
        choice: &'static str,
        technique: Technique,
    },
    /// A risky or partly answer must meet a second offer, never end the story.
    WeakEndsStory {
        scenario: &'static str,
        node: &'static str,
        choice: &'static str,
        rating: Rating,
        target: &'static str,
    },
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ContentError::*;
        match self {
            EmptyScenarioField { scenario, field } => {
                write!(f, "scenario '{scenario}': the {field} is empty")
            }
            DuplicateScenario { scenario } => write!(
                f,
                "scenario '{scenario}' appears more than once; scenario ids must be unique"
            ),
            DuplicateNode { scenario, node } => write!(
                f,
                "scenario '{scenario}': node id '{node}' is used more than once; \
                 node ids must be unique"
            ),
            DuplicateChoice {
                scenario,
                node,
                choice,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}': choice id '{choice}' is already used in \
                 this scenario; choice ids must be unique within a scenario"
            ),
            EmptyNodeField {
                scenario,
                node,
                field,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}': the {field} is empty"
            ),
            MissingStart { scenario, start } => write!(
                f,
                "scenario '{scenario}': the start node '{start}' does not exist"
            ),
            DanglingTarget {
                scenario,
                node,
                choice,
                target,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}', choice '{choice}': leads to '{target}', \
                 but there is no node with that id"
            ),
            Unreachable { scenario, node } => write!(
                f,
                "scenario '{scenario}': node '{node}' can never be reached from the start"
            ),
            Cycle { scenario, node } => write!(
                f,
                "scenario '{scenario}': the choices from node '{node}' can lead back to it; \
                 the story must always move forward to an ending"
            ),
            DeadEnd { scenario, node } => write!(
                f,
                "scenario '{scenario}': decision '{node}' has no choices, so the story stops \
                 there without an ending"
            ),
            TooFewDecisions {
                scenario,
                ending,
                decisions,
            } => write!(
                f,
                "scenario '{scenario}': ending '{ending}' can be reached after only {decisions} \
                 decision point(s); every path needs at least {MIN_DECISIONS_PER_PATH}"
            ),
            ChoiceCount {
                scenario,
                node,
                count,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}': has {count} choice(s); each decision \
                 needs {MIN_CHOICES} or {MAX_CHOICES}"
            ),
            NoStrongChoice { scenario, node } => write!(
                f,
                "scenario '{scenario}', node '{node}': no choice is rated strong; each decision \
                 needs at least one"
            ),
            EmptyChoiceField {
                scenario,
                node,
                choice,
                field,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}', choice '{choice}': the {field} is empty"
            ),
            NoTechnique {
                scenario,
                node,
                choice,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}', choice '{choice}': names no technique; \
                 list at least one under `uses` or `misses`"
            ),
            StrongUsesNothing {
                scenario,
                node,
                choice,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}', choice '{choice}': is rated strong but \
                 uses no technique; list the ones it uses under `uses`"
            ),
            UsedAndMissed {
                scenario,
                node,
                choice,
                technique,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}', choice '{choice}': lists '{}' under both \
                 `uses` and `misses`",
                technique.id()
            ),
            WeakEndsStory {
                scenario,
                node,
                choice,
                rating,
                target,
            } => write!(
                f,
                "scenario '{scenario}', node '{node}', choice '{choice}': is rated {} but leads \
                 straight to the ending '{target}'; a weak answer must lead to a second offer \
                 (another decision point)",
                rating.id()
            ),
        }
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Checks one scenario and returns every problem found, not just the first.
pub fn validate(scenario: &Scenario) -> Result<(), Vec<ContentError>> {
    let mut errors = Vec::new();
    check_fields(scenario, &mut errors);
    check_graph(scenario, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Checks every scenario and that their ids are unique.
pub fn validate_library(library: &[Scenario]) -> Result<(), Vec<ContentError>> {
    let mut errors = Vec::new();
    for (i, scenario) in library.iter().enumerate() {
        if library[..i].iter().any(|s| s.id == scenario.id) {
            errors.push(ContentError::DuplicateScenario {
                scenario: scenario.id,
            });
        }
        if let Err(mut found) = validate(scenario) {
            errors.append(&mut found);
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Everything that can be checked node by node: ids, texts, choices, ratings, techniques.
fn check_fields(s: &Scenario, errors: &mut Vec<ContentError>) {
    use ContentError::*;
    let scenario = s.id;
    if blank(s.id) {
        errors.push(EmptyScenarioField {
            scenario,
            field: "id",
        });
    }
    if s.substances.is_empty() {
        errors.push(EmptyScenarioField {
            scenario,
            field: "list of substances",
        });
    }

    let mut choice_ids: Vec<&str> = Vec::new();
    for (i, n) in s.nodes.iter().enumerate() {
        let node = n.id();
        if blank(node) {
            errors.push(EmptyNodeField {
                scenario,
                node,
                field: "id",
            });
        }
        if s.nodes[..i].iter().any(|o| o.id() == node) {
            errors.push(DuplicateNode { scenario, node });
        }
        let d = match n {
            Node::Ending(_) => continue,
            Node::Decision(d) => d,
        };
        if !(MIN_CHOICES..=MAX_CHOICES).contains(&d.choices.len()) {
            errors.push(ChoiceCount {
                scenario,
                node,
                count: d.choices.len(),
            });
        }
        if !d.choices.is_empty() && !d.choices.iter().any(|c| c.rating == Rating::Strong) {
            errors.push(NoStrongChoice { scenario, node });
        }
        for c in d.choices {
            let choice = c.id;
            if choice_ids.contains(&choice) {
                errors.push(DuplicateChoice {
                    scenario,
                    node,
                    choice,
                });
            }
            choice_ids.push(choice);
            if blank(c.id) {
                errors.push(EmptyChoiceField {
                    scenario,
                    node,
                    choice,
                    field: "id",
                });
            }
            if c.uses.is_empty() && c.misses.is_empty() {
                errors.push(NoTechnique {
                    scenario,
                    node,
                    choice,
                });
            }
            if c.rating == Rating::Strong && c.uses.is_empty() {
                errors.push(StrongUsesNothing {
                    scenario,
                    node,
                    choice,
                });
            }
            if let Some(&technique) = c.uses.iter().find(|t| c.misses.contains(t)) {
                errors.push(UsedAndMissed {
                    scenario,
                    node,
                    choice,
                    technique,
                });
            }
            match s.node(c.next) {
                None => errors.push(DanglingTarget {
                    scenario,
                    node,
                    choice,
                    target: c.next,
                }),
                Some(Node::Ending(_)) if c.rating != Rating::Strong => errors.push(WeakEndsStory {
                    scenario,
                    node,
                    choice,
                    rating: c.rating,
                    target: c.next,
                }),
                Some(_) => {}
            }
        }
    }
}

/// Index of the node with this id; the first one if content repeats an id.
fn index_of(s: &Scenario, id: &str) -> Option<usize> {
    s.nodes.iter().position(|n| n.id() == id)
}

/// Indices of the nodes a node's choices lead to; dangling targets are reported elsewhere.
fn targets<'a>(s: &'a Scenario, node: &'a Node) -> impl Iterator<Item = usize> + 'a {
    let choices = node.as_decision().map_or(&[][..], |d| d.choices);
    choices.iter().filter_map(|c| index_of(s, c.next))
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Unseen,
    OnPath,
    Done,
}

/// Depth-first walk from `at`: finds cycles and records nodes in post-order (children first).
fn walk(
    s: &Scenario,
    at: usize,
    marks: &mut [Mark],
    post_order: &mut Vec<usize>,
    errors: &mut Vec<ContentError>,
) {
    marks[at] = Mark::OnPath;
    for next in targets(s, &s.nodes[at]) {
        match marks[next] {
            Mark::Unseen => walk(s, next, marks, post_order, errors),
            Mark::OnPath => {
                let cycle = ContentError::Cycle {
                    scenario: s.id,
                    node: s.nodes[next].id(),
                };
                if !errors.contains(&cycle) {
                    errors.push(cycle);
                }
            }
            Mark::Done => {}
        }
    }
    marks[at] = Mark::Done;
    post_order.push(at);
}

/// Whole-graph rules: start exists, all reachable, no cycles, no dead ends, enough decisions.
fn check_graph(s: &Scenario, errors: &mut Vec<ContentError>) {
    use ContentError::*;
    let scenario = s.id;
    let Some(start) = index_of(s, s.start) else {
        errors.push(MissingStart {
            scenario,
            start: s.start,
        });
        return;
    };
    let mut marks = vec![Mark::Unseen; s.nodes.len()];
    let mut post_order = Vec::with_capacity(s.nodes.len());
    let errors_before = errors.len();
    walk(s, start, &mut marks, &mut post_order, errors);
    let has_cycle = errors[errors_before..]
        .iter()
        .any(|e| matches!(e, Cycle { .. }));

    for (i, node) in s.nodes.iter().enumerate() {
        if marks[i] == Mark::Unseen && index_of(s, node.id()) == Some(i) {
            errors.push(Unreachable {
                scenario,
                node: node.id(),
            });
        }
        if marks[i] != Mark::Unseen && node.as_decision().is_some_and(|d| d.choices.is_empty()) {
            errors.push(DeadEnd {
                scenario,
                node: node.id(),
            });
        }
    }
    if has_cycle {
        // Path lengths are meaningless on a cycle; fix that first.
        return;
    }

    // Fewest decisions passed on any path from the start to each node, in topological order
    // (reverse post-order), so every node is final before its targets are relaxed.
    let mut fewest = vec![usize::MAX; s.nodes.len()];
    fewest[start] = 0;
    for &at in post_order.iter().rev() {
        if fewest[at] == usize::MAX {
            continue;
        }
        let passed = fewest[at] + usize::from(s.nodes[at].as_decision().is_some());
        for next in targets(s, &s.nodes[at]) {
            fewest[next] = fewest[next].min(passed);
        }
    }
    for &at in &post_order {
        if let Node::Ending(e) = &s.nodes[at] {
            if fewest[at] < MIN_DECISIONS_PER_PATH {
                errors.push(TooFewDecisions {
                    scenario,
                    ending: e.id,
                    decisions: fewest[at],
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::*;
    use super::super::testkit::*;
    use super::*;
    use Rating::*;

    /// Runs validation on the valid fixture with `change` applied to its nodes.
    fn errors_after(change: impl FnOnce(&mut Vec<Node>)) -> Vec<ContentError> {
        let mut nodes = valid_nodes();
        change(&mut nodes);
        validate(scenario("test", "a", nodes)).expect_err("the broken scenario must be rejected")
    }

    /// Node "a" with its first choice replaced.
    fn first_choice(c: Choice) -> Node {
        decision(
            "a",
            vec![
                c,
                choice("a2", Partly, "again"),
                choice("a3", Risky, "again"),
            ],
        )
    }

    #[test]
    fn the_fixture_is_valid() {
        assert_eq!(validate(valid()), Ok(()));
    }

    #[test]
    fn a_scene_without_substances_is_rejected() {
        let s = Box::leak(Box::new(Scenario {
            substances: &[],
            ..*scenario("test", "a", valid_nodes())
        }));
        let errors = validate(s).unwrap_err();
        assert!(errors.contains(&ContentError::EmptyScenarioField {
            scenario: "test",
            field: "list of substances"
        }));
    }

    #[test]
    fn duplicate_node_ids_are_rejected() {
        let errors = errors_after(|n| n.push(ending("end")));
        assert_eq!(
            errors,
            vec![ContentError::DuplicateNode {
                scenario: "test",
                node: "end"
            }]
        );
        assert!(errors[0]
            .to_string()
            .contains("'end' is used more than once"));
    }

    #[test]
    fn duplicate_choice_ids_are_rejected_across_nodes() {
        let errors = errors_after(|n| replace(n, first_choice(choice("c1", Strong, "b"))));
        assert_eq!(
            errors,
            vec![ContentError::DuplicateChoice {
                scenario: "test",
                node: "c",
                choice: "c1"
            }]
        );
    }

    #[test]
    fn a_missing_start_is_rejected() {
        let errors = validate(scenario("test", "nowhere", valid_nodes())).unwrap_err();
        assert_eq!(
            errors,
            vec![ContentError::MissingStart {
                scenario: "test",
                start: "nowhere"
            }]
        );
    }

    #[test]
    fn a_dangling_target_is_rejected() {
        let errors = errors_after(|n| replace(n, first_choice(choice("a1", Strong, "bee"))));
        assert!(errors.contains(&ContentError::DanglingTarget {
            scenario: "test",
            node: "a",
            choice: "a1",
            target: "bee"
        }));
        assert_eq!(
            errors
                .iter()
                .find(|e| matches!(e, ContentError::DanglingTarget { .. }))
                .unwrap()
                .to_string(),
            "scenario 'test', node 'a', choice 'a1': leads to 'bee', but there is no node with \
             that id"
        );
    }

    #[test]
    fn an_unreachable_node_is_rejected() {
        let errors = errors_after(|n| n.push(ending("lost")));
        assert_eq!(
            errors,
            vec![ContentError::Unreachable {
                scenario: "test",
                node: "lost"
            }]
        );
    }

    #[test]
    fn a_cycle_is_rejected() {
        // "c" leads back to "b": a path could go round for ever.
        let errors = errors_after(|n| {
            replace(
                n,
                decision(
                    "c",
                    vec![
                        choice("c1", Strong, "end"),
                        choice("c2", Strong, "end"),
                        choice("c3", Strong, "b"),
                    ],
                ),
            )
        });
        assert_eq!(
            errors,
            vec![ContentError::Cycle {
                scenario: "test",
                node: "b"
            }]
        );
    }

    #[test]
    fn a_decision_without_choices_is_a_dead_end() {
        let errors = errors_after(|n| replace(n, decision("c", vec![])));
        assert!(errors.contains(&ContentError::DeadEnd {
            scenario: "test",
            node: "c"
        }));
        assert!(errors.contains(&ContentError::ChoiceCount {
            scenario: "test",
            node: "c",
            count: 0
        }));
    }

    #[test]
    fn a_path_with_too_few_decisions_is_rejected() {
        // Strong at "a" jumps straight to "c": a, c, end is only two decisions.
        let errors = errors_after(|n| replace(n, first_choice(choice("a1", Strong, "c"))));
        assert!(errors.contains(&ContentError::TooFewDecisions {
            scenario: "test",
            ending: "end",
            decisions: 2
        }));
    }

    #[test]
    fn two_or_five_choices_are_rejected() {
        let two = errors_after(|n| {
            replace(
                n,
                decision(
                    "c",
                    vec![choice("c1", Strong, "end"), choice("c2", Strong, "end")],
                ),
            )
        });
        assert_eq!(
            two,
            vec![ContentError::ChoiceCount {
                scenario: "test",
                node: "c",
                count: 2
            }]
        );
        let five = errors_after(|n| {
            replace(
                n,
                decision(
                    "c",
                    ["c1", "c2", "c3", "c4", "c5"]
                        .map(|id| choice(id, Strong, "end"))
                        .into(),
                ),
            )
        });
        assert_eq!(
            five,
            vec![ContentError::ChoiceCount {
                scenario: "test",
                node: "c",
                count: 5
            }]
        );
    }

    #[test]
    fn a_decision_without_a_strong_choice_is_rejected() {
        let errors = errors_after(|n| replace(n, first_choice(choice("a1", Partly, "b"))));
        assert_eq!(
            errors,
            vec![ContentError::NoStrongChoice {
                scenario: "test",
                node: "a"
            }]
        );
    }

    #[test]
    fn a_choice_without_any_technique_is_rejected() {
        let errors = errors_after(|n| {
            replace(
                n,
                first_choice(Choice {
                    uses: &[],
                    misses: &[],
                    ..choice("a1", Strong, "b")
                }),
            )
        });
        assert!(errors.contains(&ContentError::NoTechnique {
            scenario: "test",
            node: "a",
            choice: "a1"
        }));
    }

    #[test]
    fn a_strong_choice_must_use_a_technique() {
        let errors = errors_after(|n| {
            replace(
                n,
                first_choice(Choice {
                    uses: &[],
                    misses: &[Technique::NoGuilt],
                    ..choice("a1", Strong, "b")
                }),
            )
        });
        assert_eq!(
            errors,
            vec![ContentError::StrongUsesNothing {
                scenario: "test",
                node: "a",
                choice: "a1"
            }]
        );
    }

    #[test]
    fn a_technique_cannot_be_both_used_and_missed() {
        let errors = errors_after(|n| {
            replace(
                n,
                first_choice(Choice {
                    misses: &[Technique::SayNoFirst],
                    ..choice("a1", Strong, "b")
                }),
            )
        });
        assert_eq!(
            errors,
            vec![ContentError::UsedAndMissed {
                scenario: "test",
                node: "a",
                choice: "a1",
                technique: Technique::SayNoFirst
            }]
        );
    }

    #[test]
    fn a_weak_choice_must_not_end_the_story() {
        let errors = errors_after(|n| {
            replace(
                n,
                decision(
                    "c",
                    vec![
                        choice("c1", Strong, "end"),
                        choice("c2", Strong, "end"),
                        choice("c3", Partly, "end"),
                    ],
                ),
            )
        });
        assert_eq!(
            errors,
            vec![ContentError::WeakEndsStory {
                scenario: "test",
                node: "c",
                choice: "c3",
                rating: Partly,
                target: "end"
            }]
        );
        assert!(errors[0]
            .to_string()
            .contains("must lead to a second offer"));
    }

    #[test]
    fn the_library_needs_unique_scenario_ids() {
        let one = scenario("same", "a", valid_nodes());
        let two = scenario("same", "a", valid_nodes());
        let library = [
            Scenario { ..*one },
            Scenario { ..*two },
            Scenario {
                id: "other",
                ..*one
            },
        ];
        assert_eq!(
            validate_library(&library),
            Err(vec![ContentError::DuplicateScenario { scenario: "same" }])
        );
        assert_eq!(validate_library(&library[1..]), Ok(()));
    }

    #[test]
    fn the_library_reports_errors_inside_scenarios() {
        let bad = scenario("bad", "nowhere", valid_nodes());
        let library = [Scenario { ..*valid() }, Scenario { ..*bad }];
        assert_eq!(
            validate_library(&library),
            Err(vec![ContentError::MissingStart {
                scenario: "bad",
                start: "nowhere"
            }])
        );
    }
}
