//! How far the plan is from what CLINICAL.md section 5 asks: at least three coping actions for
//! each of the strongest triggers, and someone to call.

use super::model::{Id, Plan};

/// How many of the strongest triggers must be covered.
pub const STRONGEST: usize = 3;
/// Coping actions each strongest trigger needs.
pub const COPING_PER_TRIGGER: usize = 3;

/// What the UI should invite the person to do next, in the order the plan is best built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// No triggers yet: start the guided first run.
    AddTrigger,
    /// This trigger is not rated yet, so nobody knows whether it is among the strongest.
    RateTrigger(Id),
    /// This strong trigger has `have` of the needed coping actions.
    AddCoping {
        trigger: Id,
        have: usize,
    },
    /// No emergency contact yet.
    AddContact,
    Done,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completeness {
    /// The strongest triggers, strongest first, each with its number of coping actions.
    pub strongest: Vec<(Id, usize)>,
    /// Triggers not rated yet, in list order: none of them counts as strongest.
    pub unrated: Vec<Id>,
    pub has_contact: bool,
    pub complete: bool,
    pub next_step: NextStep,
}

impl Plan {
    /// The up to three rated triggers with the highest urge; ties go to the one listed first.
    /// A trigger not rated yet is never among them: its strength is unknown; nor one rated 0,
    /// which brings no urge to plan for.
    pub fn strongest_triggers(&self) -> Vec<Id> {
        let mut order: Vec<usize> = (0..self.triggers.len())
            .filter(|&i| self.triggers[i].urge.is_some_and(|u| u > 0))
            .collect();
        // A stable sort keeps list order among equal urges.
        crate::core::order::sort_by_key(&mut order, |&i| std::cmp::Reverse(self.triggers[i].urge));
        order
            .into_iter()
            .take(STRONGEST)
            .map(|i| self.triggers[i].id)
            .collect()
    }

    /// The triggers not rated yet, in list order.
    pub fn unrated_triggers(&self) -> Vec<Id> {
        self.triggers
            .iter()
            .filter(|t| t.urge.is_none())
            .map(|t| t.id)
            .collect()
    }

    pub fn completeness(&self) -> Completeness {
        let strongest: Vec<(Id, usize)> = self
            .strongest_triggers()
            .into_iter()
            .map(|id| {
                (
                    id,
                    self.coping
                        .iter()
                        .filter(|c| c.triggers.contains(&id))
                        .count(),
                )
            })
            .collect();
        let unrated = self.unrated_triggers();
        let has_contact = !self.contacts.is_empty();
        let uncovered = strongest
            .iter()
            .find(|&&(_, have)| have < COPING_PER_TRIGGER);
        // Rating comes first: an unrated trigger may turn out to be the strongest.
        let next_step = match (strongest.is_empty(), uncovered) {
            _ if !unrated.is_empty() => NextStep::RateTrigger(unrated[0]),
            (true, _) => NextStep::AddTrigger,
            (false, Some(&(trigger, have))) => NextStep::AddCoping { trigger, have },
            (false, None) if !has_contact => NextStep::AddContact,
            (false, None) => NextStep::Done,
        };
        Completeness {
            strongest,
            unrated,
            has_contact,
            complete: next_step == NextStep::Done,
            next_step,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::{Category, CopingKind, Edit, TriggerDraft};
    use super::*;

    fn add_trigger(plan: &mut Plan, name: &str, urge: u8) -> Id {
        let mut draft = TriggerDraft::new(name, Category::Places);
        draft.urge = Some(urge);
        plan.apply(Edit::AddTrigger(draft)).unwrap().unwrap()
    }

    fn add_coping(plan: &mut Plan, text: &str, triggers: Vec<Id>) {
        plan.apply(Edit::AddCoping {
            kind: CopingKind::Distract,
            text: text.into(),
            triggers,
        })
        .unwrap();
    }

    #[test]
    fn an_empty_plan_asks_for_a_trigger_and_is_not_complete() {
        let c = Plan::default().completeness();
        assert_eq!(c.next_step, NextStep::AddTrigger);
        assert!(!c.complete);
        assert!(c.strongest.is_empty());
    }

    #[test]
    fn strongest_are_the_three_highest_with_ties_in_list_order() {
        let mut plan = Plan::default();
        let a = add_trigger(&mut plan, "a", 4);
        let b = add_trigger(&mut plan, "b", 9);
        add_trigger(&mut plan, "c", 4);
        let d = add_trigger(&mut plan, "d", 7);
        add_trigger(&mut plan, "e", 4);
        assert_eq!(plan.strongest_triggers(), vec![b, d, a]);
    }

    #[test]
    fn fewer_than_three_triggers_are_all_strongest() {
        let mut plan = Plan::default();
        let a = add_trigger(&mut plan, "a", 1);
        assert_eq!(plan.completeness().strongest, vec![(a, 0)]);
    }

    #[test]
    fn a_trigger_rated_0_brings_no_urge_to_plan_for() {
        let mut plan = Plan::default();
        add_trigger(&mut plan, "calm", 0);
        let b = add_trigger(&mut plan, "b", 2);
        assert_eq!(plan.strongest_triggers(), vec![b]);
    }

    #[test]
    fn complete_needs_three_actions_for_each_strongest_and_a_contact() {
        let mut plan = Plan::default();
        let strong = add_trigger(&mut plan, "strong", 10);
        let medium = add_trigger(&mut plan, "medium", 8);
        let weak = add_trigger(&mut plan, "weak", 1);
        let weaker = add_trigger(&mut plan, "weaker", 0);
        add_coping(&mut plan, "one", vec![strong, medium, weak]);
        add_coping(&mut plan, "two", vec![strong, medium]);
        let c = plan.completeness();
        assert_eq!(c.strongest, vec![(strong, 2), (medium, 2), (weak, 1)]);
        assert_eq!(
            c.next_step,
            NextStep::AddCoping {
                trigger: strong,
                have: 2
            }
        );

        add_coping(&mut plan, "three", vec![strong, medium, weak]);
        add_coping(&mut plan, "four", vec![weak]);
        let c = plan.completeness();
        // The fourth trigger is not among the strongest, so it needs nothing.
        assert!(!c.strongest.iter().any(|&(id, _)| id == weaker));
        assert_eq!(c.next_step, NextStep::AddContact);
        assert!(!c.complete);

        plan.apply(Edit::AddContact {
            name: "Sam".into(),
            phone: String::new(),
        })
        .unwrap();
        let c = plan.completeness();
        assert!(c.has_contact && c.complete);
        assert_eq!(c.next_step, NextStep::Done);

        // Raising the weakest trigger's urge makes it one of the strongest again.
        let mut draft = TriggerDraft::from_trigger(plan.trigger(weaker).unwrap());
        draft.urge = Some(10);
        plan.apply(Edit::UpdateTrigger(weaker, draft)).unwrap();
        let c = plan.completeness();
        assert_eq!(
            c.next_step,
            NextStep::AddCoping {
                trigger: weaker,
                have: 0
            }
        );
    }

    #[test]
    fn an_unrated_trigger_is_never_strongest_and_is_rated_first() {
        let mut plan = Plan::default();
        let unrated = plan
            .apply(Edit::AddTrigger(TriggerDraft::new(
                "picked",
                Category::People,
            )))
            .unwrap()
            .unwrap();
        let weak = add_trigger(&mut plan, "weak", 1);
        let c = plan.completeness();
        assert_eq!(plan.strongest_triggers(), vec![weak]);
        assert_eq!(c.unrated, vec![unrated]);
        assert_eq!(c.next_step, NextStep::RateTrigger(unrated));
        assert!(!c.complete);

        // Only an unrated trigger: nothing is strongest, and the next step is still to rate it.
        plan.apply(Edit::DeleteTrigger(weak)).unwrap();
        let c = plan.completeness();
        assert!(c.strongest.is_empty());
        assert_eq!(c.next_step, NextStep::RateTrigger(unrated));

        let mut draft = TriggerDraft::from_trigger(plan.trigger(unrated).unwrap());
        draft.urge = Some(3);
        plan.apply(Edit::UpdateTrigger(unrated, draft)).unwrap();
        let c = plan.completeness();
        assert_eq!(c.strongest, vec![(unrated, 0)]);
        assert!(c.unrated.is_empty());
        assert_eq!(
            c.next_step,
            NextStep::AddCoping {
                trigger: unrated,
                have: 0
            }
        );
    }

    #[test]
    fn deleting_a_linked_trigger_can_only_lower_the_counts_of_others_not_break_them() {
        let mut plan = Plan::default();
        let a = add_trigger(&mut plan, "a", 9);
        let b = add_trigger(&mut plan, "b", 8);
        add_coping(&mut plan, "x", vec![a, b]);
        plan.apply(Edit::DeleteTrigger(a)).unwrap();
        assert_eq!(plan.completeness().strongest, vec![(b, 1)]);
        assert_eq!(plan.coping[0].triggers, vec![b]);
    }
}
