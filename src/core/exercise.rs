//! The exercises the widget offers.

/// One of the widget's exercises. The order here is the order on the home screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Exercise {
    Screening,
    RefusalSkills,
    TriggerMap,
    WhatToExpect,
}

impl Exercise {
    pub const ALL: [Exercise; 4] = [
        Exercise::Screening,
        Exercise::RefusalSkills,
        Exercise::TriggerMap,
        Exercise::WhatToExpect,
    ];

    /// Stable id used in the DOM contract (`data-exercise`), configuration and host events.
    pub fn id(self) -> &'static str {
        match self {
            Exercise::Screening => "screening",
            Exercise::RefusalSkills => "refusal-skills",
            Exercise::TriggerMap => "trigger-map",
            Exercise::WhatToExpect => "what-to-expect",
        }
    }

    pub fn from_id(id: &str) -> Option<Exercise> {
        Exercise::ALL.into_iter().find(|e| e.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_distinct() {
        for exercise in Exercise::ALL {
            assert_eq!(Exercise::from_id(exercise.id()), Some(exercise));
        }
        let mut ids: Vec<_> = Exercise::ALL.iter().map(|e| e.id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), 4);
        assert_eq!(
            Exercise::from_id("Screening"),
            None,
            "ids are exact, lower-case"
        );
    }
}
