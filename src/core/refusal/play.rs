//! Playing a scenario: where the person is, what they chose, going back to try again, and the
//! debrief at the end. A `Play` holds only ids, so the UI can keep it as plain JSON and the
//! content stays `static`.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::model::{Choice, Decision, Ending, Node, Rating, Scenario, Technique};

/// One answered decision point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub node: String,
    pub choice: String,
}

/// A person's way through one scenario so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Play {
    scenario: String,
    current: String,
    steps: Vec<Step>,
}

/// Why a move was refused. Bad ids come from stale saved data or content; none of them panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayError {
    /// The play was started in another scenario.
    WrongScenario { play: String, scenario: String },
    /// The current node is not in the scenario (content changed since the play was saved).
    UnknownNode(String),
    /// The play is at an ending: there is nothing left to choose.
    Finished,
    /// No choice with this id at the current decision point.
    UnknownChoice(String),
    /// The choice leads to a node that does not exist (a content error validation reports).
    DanglingTarget(String),
    /// There is no step with this index to go back to.
    NoSuchStep(usize),
}

impl fmt::Display for PlayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlayError::WrongScenario { play, scenario } => write!(
                f,
                "this play belongs to scenario '{play}', not '{scenario}'"
            ),
            PlayError::UnknownNode(id) => write!(f, "there is no node '{id}' in this scenario"),
            PlayError::Finished => write!(f, "the scenario has ended; there is nothing to choose"),
            PlayError::UnknownChoice(id) => {
                write!(f, "there is no choice '{id}' at this point of the scenario")
            }
            PlayError::DanglingTarget(id) => write!(f, "the choice leads to a missing node '{id}'"),
            PlayError::NoSuchStep(i) => write!(f, "there is no step {i} to go back to"),
        }
    }
}

impl Play {
    /// A fresh play at the scenario's start.
    pub fn new(scenario: &Scenario) -> Play {
        Play {
            scenario: scenario.id.to_string(),
            current: scenario.start.to_string(),
            steps: Vec::new(),
        }
    }

    pub fn scenario_id(&self) -> &str {
        &self.scenario
    }

    /// Id of the node the play is at.
    pub fn current(&self) -> &str {
        &self.current
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    fn check_scenario(&self, scenario: &Scenario) -> Result<(), PlayError> {
        if self.scenario == scenario.id {
            Ok(())
        } else {
            Err(PlayError::WrongScenario {
                play: self.scenario.clone(),
                scenario: scenario.id.to_string(),
            })
        }
    }

    /// The node the play is at, if it belongs to this scenario and exists.
    pub fn current_node(&self, scenario: &Scenario) -> Option<&'static Node> {
        self.check_scenario(scenario).ok()?;
        scenario.node(&self.current)
    }

    /// The decision point to answer now; `None` at an ending.
    pub fn current_decision(&self, scenario: &Scenario) -> Option<&'static Decision> {
        match self.current_node(scenario)? {
            Node::Decision(d) => Some(d),
            Node::Ending(_) => None,
        }
    }

    /// The ending reached, once the play is finished.
    pub fn ending(&self, scenario: &Scenario) -> Option<&'static Ending> {
        match self.current_node(scenario)? {
            Node::Ending(e) => Some(e),
            Node::Decision(_) => None,
        }
    }

    pub fn is_finished(&self, scenario: &Scenario) -> bool {
        self.ending(scenario).is_some()
    }

    /// Answers the current decision point and moves on. Returns the choice so the UI can show
    /// its feedback. On error nothing changes.
    pub fn choose(
        &mut self,
        scenario: &Scenario,
        choice_id: &str,
    ) -> Result<&'static Choice, PlayError> {
        self.check_scenario(scenario)?;
        let decision = match scenario.node(&self.current) {
            None => return Err(PlayError::UnknownNode(self.current.clone())),
            Some(Node::Ending(_)) => return Err(PlayError::Finished),
            Some(Node::Decision(d)) => d,
        };
        let choice = decision
            .choice(choice_id)
            .ok_or_else(|| PlayError::UnknownChoice(choice_id.to_string()))?;
        if scenario.node(choice.next).is_none() {
            return Err(PlayError::DanglingTarget(choice.next.to_string()));
        }
        self.steps.push(Step {
            node: decision.id.to_string(),
            choice: choice.id.to_string(),
        });
        self.current = choice.next.to_string();
        Ok(choice)
    }

    /// Goes back to the decision point of step `step_index` to answer it again; that step and
    /// every later one are dropped.
    pub fn retry_from(&mut self, step_index: usize) -> Result<(), PlayError> {
        let step = self
            .steps
            .get(step_index)
            .ok_or(PlayError::NoSuchStep(step_index))?;
        self.current = step.node.clone();
        self.steps.truncate(step_index);
        Ok(())
    }

    /// Checks a play restored from storage against the scenario as it is now, by replaying it.
    /// If this fails, start a new play: the content changed since it was saved.
    pub fn verify(&self, scenario: &Scenario) -> Result<(), PlayError> {
        let mut replay = Play::new(scenario);
        self.check_scenario(scenario)?;
        for step in &self.steps {
            if replay.current != step.node {
                return Err(PlayError::UnknownNode(step.node.clone()));
            }
            replay.choose(scenario, &step.choice)?;
        }
        if replay.current != self.current {
            return Err(PlayError::UnknownNode(self.current.clone()));
        }
        Ok(())
    }

    /// What the person chose at each decision beside the strongest choice there, the
    /// techniques used and missed, and the overall rating. Steps that no longer match the
    /// content are left out rather than failing.
    pub fn debrief(&self, scenario: &Scenario) -> Debrief {
        let mut debrief = Debrief {
            scenario_id: scenario.id,
            steps: Vec::new(),
            used: Vec::new(),
            missed: Vec::new(),
            overall: None,
            ending: None,
        };
        if self.check_scenario(scenario).is_err() {
            return debrief;
        }
        for step in &self.steps {
            let Some(decision) = scenario.decision(&step.node) else {
                continue;
            };
            let Some(chosen) = decision.choice(&step.choice) else {
                continue;
            };
            // The chosen answer counts as the strongest when nothing here beats it.
            let strongest = match decision.strongest() {
                Some(best) if best.rating > chosen.rating => best,
                _ => chosen,
            };
            push_new(&mut debrief.used, chosen.uses);
            push_new(&mut debrief.missed, chosen.misses);
            debrief.overall = Some(
                debrief
                    .overall
                    .map_or(chosen.rating, |r| r.min(chosen.rating)),
            );
            debrief.steps.push(DebriefStep {
                decision,
                chosen,
                strongest,
            });
        }
        // A technique missed at any point is still one to practise, even if used later ("maybe
        // later" first, "no thanks" after): it is not credited as used, and is listed to add.
        let missed = &debrief.missed;
        debrief.used.retain(|t| !missed.contains(t));
        debrief.ending = self.ending(scenario);
        debrief
    }
}

/// Appends the techniques not yet listed, keeping first-seen order.
fn push_new(list: &mut Vec<Technique>, techniques: &[Technique]) {
    for &t in techniques {
        if !list.contains(&t) {
            list.push(t);
        }
    }
}

/// One decision in the debrief: what was chosen, and the strongest answer there.
#[derive(Clone, Debug, PartialEq)]
pub struct DebriefStep {
    pub decision: &'static Decision,
    pub chosen: &'static Choice,
    /// The best-rated choice at this point; the chosen one itself if nothing was better.
    pub strongest: &'static Choice,
}

impl DebriefStep {
    /// Whether the chosen answer was already the strongest one here.
    pub fn chose_strongest(&self) -> bool {
        std::ptr::eq(self.chosen, self.strongest)
    }
}

/// The summary shown after a play.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub scenario_id: &'static str,
    pub steps: Vec<DebriefStep>,
    /// Techniques used and never missed on this path, each once, in the order first used.
    pub used: Vec<Technique>,
    /// Techniques missed at any point on this path, each once, in first-seen order; so `used`
    /// and `missed` never overlap.
    pub missed: Vec<Technique>,
    /// The lowest rating chosen; `None` before the first choice.
    pub overall: Option<Rating>,
    /// The ending reached; `None` while the play is still going.
    pub ending: Option<&'static Ending>,
}

impl Debrief {
    pub fn is_complete(&self) -> bool {
        self.ending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::*;
    use super::super::testkit::*;
    use super::*;

    #[test]
    fn a_new_play_is_at_the_start() {
        let s = valid();
        let play = Play::new(s);
        assert_eq!(play.scenario_id(), "test");
        assert_eq!(play.current(), "a");
        assert_eq!(play.current_decision(s).map(|d| d.id), Some("a"));
        assert!(play.steps().is_empty());
        assert!(!play.is_finished(s));
    }

    #[test]
    fn choosing_moves_through_to_an_ending() {
        let s = valid();
        let mut play = Play::new(s);
        let choice = play.choose(s, "a2").unwrap();
        assert_eq!(choice.rating, Rating::Partly);
        assert_eq!(play.current(), "again");
        play.choose(s, "g1").unwrap();
        play.choose(s, "c2").unwrap();
        assert!(play.is_finished(s));
        assert_eq!(play.ending(s).map(|e| e.id), Some("end"));
        assert_eq!(
            play.steps(),
            [("a", "a2"), ("again", "g1"), ("c", "c2")].map(|(node, choice)| Step {
                node: node.into(),
                choice: choice.into()
            })
        );
        assert_eq!(play.choose(s, "c1"), Err(PlayError::Finished));
    }

    #[test]
    fn bad_ids_are_errors_not_panics() {
        let s = valid();
        let mut play = Play::new(s);
        assert_eq!(
            play.choose(s, "b1"),
            Err(PlayError::UnknownChoice("b1".into())),
            "a choice from another node is not allowed here"
        );
        assert_eq!(play.choose(s, ""), Err(PlayError::UnknownChoice("".into())));
        assert_eq!(play, Play::new(s), "a refused move changes nothing");

        let other = scenario("other", "a", valid_nodes());
        assert!(matches!(
            play.choose(other, "a1"),
            Err(PlayError::WrongScenario { .. })
        ));
        assert_eq!(play.current_node(other), None);

        let mut stale: Play =
            serde_json::from_str(r#"{"scenario":"test","current":"gone","steps":[]}"#).unwrap();
        assert_eq!(
            stale.choose(s, "a1"),
            Err(PlayError::UnknownNode("gone".into()))
        );
        assert!(!stale.is_finished(s));
        assert!(stale.verify(s).is_err());
        assert_eq!(play.clone().retry_from(0), Err(PlayError::NoSuchStep(0)));
    }

    #[test]
    fn a_dangling_target_is_refused() {
        let mut nodes = valid_nodes();
        replace(
            &mut nodes,
            decision(
                "a",
                vec![
                    choice("a1", Rating::Strong, "missing"),
                    choice("a2", Rating::Partly, "again"),
                    choice("a3", Rating::Risky, "again"),
                ],
            ),
        );
        let s = scenario("test", "a", nodes);
        let mut play = Play::new(s);
        assert_eq!(
            play.choose(s, "a1"),
            Err(PlayError::DanglingTarget("missing".into()))
        );
        assert_eq!(play.current(), "a");
    }

    #[test]
    fn retry_from_goes_back_and_drops_later_steps() {
        let s = valid();
        let mut play = Play::new(s);
        for id in ["a3", "g3", "c1"] {
            play.choose(s, id).unwrap();
        }
        assert!(play.is_finished(s));
        play.retry_from(1).unwrap();
        assert_eq!(play.current(), "again");
        assert_eq!(play.steps().len(), 1);
        assert!(!play.is_finished(s));
        play.retry_from(0).unwrap();
        assert_eq!(play, Play::new(s));
        play.choose(s, "a1").unwrap();
        assert_eq!(play.current(), "b");
    }

    #[test]
    fn a_play_survives_json_and_is_verified_by_replay() {
        let s = valid();
        let mut play = Play::new(s);
        play.choose(s, "a1").unwrap();
        play.choose(s, "b2").unwrap();
        let json = serde_json::to_string(&play).unwrap();
        let back: Play = serde_json::from_str(&json).unwrap();
        assert_eq!(back, play);
        assert_eq!(back.verify(s), Ok(()));

        // A step whose node is not where the path leads is caught.
        let forged = json.replace(r#""node":"b""#, r#""node":"again""#);
        let forged: Play = serde_json::from_str(&forged).unwrap();
        assert!(forged.verify(s).is_err());
    }

    #[test]
    fn the_debrief_puts_the_strong_answer_beside_the_chosen_one() {
        let s = valid();
        let mut play = Play::new(s);
        for id in ["a3", "g3", "c2"] {
            play.choose(s, id).unwrap();
        }
        let d = play.debrief(s);
        assert!(d.is_complete());
        assert_eq!(d.scenario_id, "test");
        assert_eq!(d.ending.map(|e| e.id), Some("end"));
        let pairs: Vec<_> = d
            .steps
            .iter()
            .map(|st| (st.decision.id, st.chosen.id, st.strongest.id))
            .collect();
        assert_eq!(
            pairs,
            [("a", "a3", "a1"), ("again", "g3", "g1"), ("c", "c2", "c2")]
        );
        assert!(!d.steps[0].chose_strongest());
        assert!(d.steps[2].chose_strongest());
        assert_eq!(d.overall, Some(Rating::Risky), "the lowest rating chosen");
        // Risky a3 missed say-no-first, partly g3 used change-subject and missed no-excuses,
        // strong c2 used say-no-first: say-no-first was missed first, so it is one to practise,
        // not credited as used (a "maybe later" then a "no" is not "no excuses" throughout).
        assert_eq!(d.used, [Technique::ChangeSubject]);
        assert_eq!(d.missed, [Technique::SayNoFirst, Technique::NoExcuses]);
    }

    #[test]
    fn an_unfinished_or_foreign_play_gives_a_partial_debrief() {
        let s = valid();
        let mut play = Play::new(s);
        assert_eq!(play.debrief(s).overall, None);
        play.choose(s, "a1").unwrap();
        let d = play.debrief(s);
        assert!(!d.is_complete());
        assert_eq!(d.overall, Some(Rating::Strong));
        assert_eq!(d.steps.len(), 1);
        let other = scenario("other", "a", valid_nodes());
        assert!(play.debrief(other).steps.is_empty());
    }
}
