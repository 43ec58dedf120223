//! The role-play as data. Scenarios are `static` graphs of decision points and endings, so the
//! content costs no parsing at runtime, and node targets are string ids so that validation can
//! name a dangling one instead of the compiler hiding it.

use serde::{Deserialize, Serialize};

/// A refusal skill from CLINICAL.md section 4. Feedback names these, the debrief lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Technique {
    /// Say "no" first, and clearly.
    SayNoFirst,
    /// A steady voice and eye contact.
    SteadyVoice,
    /// Suggest something else to do or drink.
    SuggestAlternative,
    /// Ask the person to stop offering.
    AskToStop,
    /// Change the subject.
    ChangeSubject,
    /// No excuses and no vague "maybe later": both invite a second offer.
    NoExcuses,
    /// No guilt or apology needed for saying no.
    NoGuilt,
    /// Repeat the same "no" calmly (broken record).
    BrokenRecord,
    /// Leave the situation.
    LeaveSituation,
    /// Plan ahead, or avoid the high-risk situation.
    PlanAhead,
    /// Reach out for support afterwards.
    ReachOut,
}

impl Technique {
    pub const ALL: [Technique; 11] = [
        Technique::SayNoFirst,
        Technique::SteadyVoice,
        Technique::SuggestAlternative,
        Technique::AskToStop,
        Technique::ChangeSubject,
        Technique::NoExcuses,
        Technique::NoGuilt,
        Technique::BrokenRecord,
        Technique::LeaveSituation,
        Technique::PlanAhead,
        Technique::ReachOut,
    ];

    /// Stable id for the DOM, tests and saved data; never shown to a person.
    pub fn id(self) -> &'static str {
        match self {
            Technique::SayNoFirst => "say-no-first",
            Technique::SteadyVoice => "steady-voice",
            Technique::SuggestAlternative => "suggest-alternative",
            Technique::AskToStop => "ask-to-stop",
            Technique::ChangeSubject => "change-subject",
            Technique::NoExcuses => "no-excuses",
            Technique::NoGuilt => "no-guilt",
            Technique::BrokenRecord => "broken-record",
            Technique::LeaveSituation => "leave-situation",
            Technique::PlanAhead => "plan-ahead",
            Technique::ReachOut => "reach-out",
        }
    }

    pub fn from_id(id: &str) -> Option<Technique> {
        Technique::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// How well a choice protects the person. The order matters: the overall rating of a play is
/// the lowest one chosen, and progress keeps the highest overall rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    Risky,
    Partly,
    Strong,
}

impl Rating {
    pub const ALL: [Rating; 3] = [Rating::Risky, Rating::Partly, Rating::Strong];

    /// Stable id; also the serialised form, so saved progress reads the same.
    pub fn id(self) -> &'static str {
        match self {
            Rating::Risky => "risky",
            Rating::Partly => "partly",
            Rating::Strong => "strong",
        }
    }

    pub fn from_id(id: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// Direct: an explicit offer. Indirect: the situation pushes (everyone drinks, stress, a text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pressure {
    Direct,
    Indirect,
}

impl Pressure {
    pub const ALL: [Pressure; 2] = [Pressure::Direct, Pressure::Indirect];

    pub fn id(self) -> &'static str {
        match self {
            Pressure::Direct => "direct",
            Pressure::Indirect => "indirect",
        }
    }

    pub fn from_id(id: &str) -> Option<Pressure> {
        Pressure::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// What is offered in a scenario; used to filter the scenario list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Substance {
    Alcohol,
    Cannabis,
    /// Someone else's prescription: pain pills, sleeping pills, anxiety pills.
    PrescriptionPills,
    /// Heroin, fentanyl and other street opioids.
    Opioids,
    /// Cocaine, meth and other uppers.
    Stimulants,
}

impl Substance {
    pub const ALL: [Substance; 5] = [
        Substance::Alcohol,
        Substance::Cannabis,
        Substance::PrescriptionPills,
        Substance::Opioids,
        Substance::Stimulants,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Substance::Alcohol => "alcohol",
            Substance::Cannabis => "cannabis",
            Substance::PrescriptionPills => "prescription-pills",
            Substance::Opioids => "opioids",
            Substance::Stimulants => "stimulants",
        }
    }

    pub fn from_id(id: &str) -> Option<Substance> {
        Substance::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Where a scenario happens; used to filter the scenario list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Setting {
    Party,
    Work,
    Home,
    Family,
    Friends,
    Phone,
    Event,
}

impl Setting {
    pub const ALL: [Setting; 7] = [
        Setting::Party,
        Setting::Work,
        Setting::Home,
        Setting::Family,
        Setting::Friends,
        Setting::Phone,
        Setting::Event,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Setting::Party => "party",
            Setting::Work => "work",
            Setting::Home => "home",
            Setting::Family => "family",
            Setting::Friends => "friends",
            Setting::Phone => "phone",
            Setting::Event => "event",
        }
    }

    pub fn from_id(id: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Whether a choice is words the person says or something they do. The UI shows words as the
/// person's chat turn and deeds as narration; only words are suggested as refusal lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Act {
    Say,
    Do,
}

/// One possible answer at a decision point. Its words (what is said or done, and the feedback
/// that names the technique) are content, keyed by the scenario's, the node's and this id.
#[derive(Debug, PartialEq)]
pub struct Choice {
    /// Unique within the scenario, so a saved play can name it.
    pub id: &'static str,
    pub act: Act,
    pub rating: Rating,
    pub uses: &'static [Technique],
    pub misses: &'static [Technique],
    /// Id of the node the story goes to next.
    pub next: &'static str,
}

/// A moment where someone offers or pushes and the person chooses what to do. Who speaks,
/// what they say, the scene-setting and a counselor's discussion prompt are content.
#[derive(Debug, PartialEq)]
pub struct Decision {
    pub id: &'static str,
    pub choices: &'static [Choice],
}

impl Decision {
    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    /// The best-rated choice here; on a tie, the first in content order.
    pub fn strongest(&self) -> Option<&'static Choice> {
        let choices: &'static [Choice] = self.choices;
        let best = choices.iter().map(|c| c.rating).max()?;
        choices.iter().find(|c| c.rating == best)
    }
}

/// Where a path ends (its narration, shown with the debrief, is content).
#[derive(Debug, PartialEq)]
pub struct Ending {
    pub id: &'static str,
}

#[derive(Debug, PartialEq)]
pub enum Node {
    Decision(Decision),
    Ending(Ending),
}

impl Node {
    pub fn id(&self) -> &'static str {
        match self {
            Node::Decision(d) => d.id,
            Node::Ending(e) => e.id,
        }
    }

    pub fn as_decision(&self) -> Option<&Decision> {
        match self {
            Node::Decision(d) => Some(d),
            Node::Ending(_) => None,
        }
    }

    pub fn as_ending(&self) -> Option<&Ending> {
        match self {
            Node::Ending(e) => Some(e),
            Node::Decision(_) => None,
        }
    }
}

/// One role-play: a situation and the graph of what can happen (title and scene-setting are
/// content).
#[derive(Debug, PartialEq)]
pub struct Scenario {
    /// Stable id for saved progress and the DOM.
    pub id: &'static str,
    pub setting: Setting,
    pub substances: &'static [Substance],
    pub pressure: Pressure,
    /// Id of the first node.
    pub start: &'static str,
    pub nodes: &'static [Node],
}

impl Scenario {
    /// The node with this id (the first, if content repeats an id; validation rejects that).
    pub fn node(&self, id: &str) -> Option<&'static Node> {
        let nodes: &'static [Node] = self.nodes;
        nodes.iter().find(|n| n.id() == id)
    }

    pub fn decision(&self, id: &str) -> Option<&'static Decision> {
        match self.node(id)? {
            Node::Decision(d) => Some(d),
            Node::Ending(_) => None,
        }
    }

    pub fn has_substance(&self, substance: Substance) -> bool {
        self.substances.contains(&substance)
    }

    /// The list filter: `None` means "any".
    pub fn matches(&self, setting: Option<Setting>, substance: Option<Substance>) -> bool {
        setting.is_none_or(|s| s == self.setting) && substance.is_none_or(|s| self.has_substance(s))
    }
}

/// The scenario with this id in a library, if any.
pub fn find_scenario(library: &'static [Scenario], id: &str) -> Option<&'static Scenario> {
    library.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_distinct() {
        for t in Technique::ALL {
            assert_eq!(Technique::from_id(t.id()), Some(t));
            assert_eq!(
                Technique::ALL.iter().filter(|o| o.id() == t.id()).count(),
                1
            );
        }
        for r in Rating::ALL {
            assert_eq!(Rating::from_id(r.id()), Some(r));
        }
        for p in Pressure::ALL {
            assert_eq!(Pressure::from_id(p.id()), Some(p));
        }
        for s in Substance::ALL {
            assert_eq!(Substance::from_id(s.id()), Some(s));
        }
        for s in Setting::ALL {
            assert_eq!(Setting::from_id(s.id()), Some(s));
        }
        assert_eq!(Technique::from_id("Say-No-First"), None, "ids are exact");
    }

    #[test]
    fn ratings_are_ordered_and_serialise_as_their_ids() {
        assert!(Rating::Risky < Rating::Partly && Rating::Partly < Rating::Strong);
        for r in Rating::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.id()));
            assert_eq!(serde_json::from_str::<Rating>(&json).unwrap(), r);
        }
    }
}
