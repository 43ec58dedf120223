//! English content for the trigger map: common triggers to pick from in the guided first run,
//! and coping ideas for each group of triggers. Own words, plain language (grade 6-8).

use crate::core::triggers::{Category, CopingKind};

/// A coping idea the person can add to a trigger as it is, or change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopingIdea {
    pub kind: CopingKind,
    pub text: &'static str,
}

const fn idea(kind: CopingKind, text: &'static str) -> CopingIdea {
    CopingIdea { kind, text }
}

/// Common triggers of a group, for the person to tick.
pub fn common_triggers(category: Category) -> &'static [&'static str] {
    match category {
        Category::People => &[
            "Old friends I used with",
            "A partner or roommate who drinks or uses",
            "Family members I argue with",
            "My dealer or someone who can get it for me",
            "Coworkers who go out for drinks",
            "Someone who hurt me",
            "People who do not believe I can change",
        ],
        Category::Places => &[
            "Bars, clubs or parties",
            "The house or street where I used to use",
            "The liquor store or gas station on my way home",
            "Concerts, games or festivals",
            "Home when I am alone",
            "My car",
            "Places where I used to buy",
        ],
        Category::Things => &[
            "Cash in my pocket",
            "Pipes, lighters, needles or other gear",
            "Bottles, glasses or cans",
            "Ads, movies or songs about drinking or using",
            "Pill bottles in the cabinet",
            "Old messages from people I used with",
            "Photos from those times",
        ],
        Category::TimesAndEvents => &[
            "Payday",
            "Friday night and weekends",
            "After a hard day at work",
            "Holidays and birthdays",
            "Weddings, funerals and family get-togethers",
            "Late at night when I cannot sleep",
            "Anniversaries of a loss",
            "When a big game or event is on",
        ],
        Category::Emotions => &[
            "Hungry: I skipped meals",
            "Angry or frustrated",
            "Lonely or left out",
            "Tired or worn out",
            "Stressed or worried",
            "Sad or down",
            "Bored with nothing to do",
            "Happy and wanting to celebrate",
        ],
        Category::Thoughts => &[
            "\"Just one won't hurt.\"",
            "\"I deserve it after today.\"",
            "\"I already messed up, so why stop now?\"",
            "\"I can handle it this time.\"",
            "\"No one would know.\"",
            "\"I can't have fun without it.\"",
            "\"I'm not as bad as other people.\"",
        ],
        Category::BodySensations => &[
            "Pain or aches",
            "Trouble sleeping",
            "Feeling shaky or restless",
            "A racing heart",
            "A dry mouth or a taste I remember",
            "Headaches",
            "Feeling sick to my stomach",
        ],
    }
}

/// Coping ideas that suit a group of triggers, several kinds each.
pub fn coping_ideas(category: Category) -> &'static [CopingIdea] {
    match category {
        Category::People => &PEOPLE_IDEAS,
        Category::Places => &PLACES_IDEAS,
        Category::Things => &THINGS_IDEAS,
        Category::TimesAndEvents => &TIMES_AND_EVENTS_IDEAS,
        Category::Emotions => &EMOTIONS_IDEAS,
        Category::Thoughts => &THOUGHTS_IDEAS,
        Category::BodySensations => &BODY_SENSATIONS_IDEAS,
    }
}

use CopingKind as K;

static PEOPLE_IDEAS: [CopingIdea; 5] = [
    idea(K::Avoid, "Delete or block their number"),
    idea(
        K::RefusalLine,
        "Say \"No thanks, I don't do that anymore\" and mean it",
    ),
    idea(K::Escape, "Have my own ride so I can leave any time"),
    idea(K::CallSomeone, "Call someone who supports my recovery"),
    idea(K::Own, "Meet them only in a public place, during the day"),
];

static PLACES_IDEAS: [CopingIdea; 5] = [
    idea(K::Avoid, "Take a different way home"),
    idea(K::Escape, "Leave as soon as I feel the pull"),
    idea(K::Avoid, "Meet friends at a cafe or park instead"),
    idea(
        K::CallSomeone,
        "Text someone before I go in and after I leave",
    ),
    idea(K::Own, "Bring a sober friend with me"),
];

static THINGS_IDEAS: [CopingIdea; 5] = [
    idea(K::Avoid, "Throw away gear, bottles and old stashes"),
    idea(
        K::Avoid,
        "Leave my bank card at home and carry only what I need",
    ),
    idea(
        K::Distract,
        "Mute ads and playlists that make me think of using",
    ),
    idea(K::Delay, "Wait 15 minutes before I decide anything"),
    idea(K::Own, "Ask someone I trust to hold my money on payday"),
];

static TIMES_AND_EVENTS_IDEAS: [CopingIdea; 5] = [
    idea(K::Own, "Plan my evening and weekend ahead of time"),
    idea(K::Distract, "Go to a meeting or a sober event"),
    idea(K::Escape, "Arrive late and leave early at parties"),
    idea(K::RefusalLine, "Hold my own drink so fewer people offer"),
    idea(K::CallSomeone, "Check in with someone on hard dates"),
];

static EMOTIONS_IDEAS: [CopingIdea; 5] = [
    idea(
        K::HaltCheck,
        "Ask myself: am I hungry, angry, lonely or tired?",
    ),
    idea(K::HaltCheck, "Eat something, then see how I feel"),
    idea(K::CallSomeone, "Talk to someone about how I feel"),
    idea(K::Distract, "Go for a walk or do something with my hands"),
    idea(K::Own, "Write down what I am feeling"),
];

static THOUGHTS_IDEAS: [CopingIdea; 5] = [
    idea(K::Delay, "Tell myself: not now, I can decide in an hour"),
    idea(
        K::Own,
        "Play the tape forward: think about how it really ends",
    ),
    idea(K::Own, "Read my list of reasons to stay sober"),
    idea(
        K::CallSomeone,
        "Say the thought out loud to someone I trust",
    ),
    idea(
        K::UrgeSurf,
        "Notice the thought and let it pass like a wave",
    ),
];

static BODY_SENSATIONS_IDEAS: [CopingIdea; 5] = [
    idea(
        K::UrgeSurf,
        "Breathe slowly and ride the urge until it goes down",
    ),
    idea(K::HaltCheck, "Drink water, eat, or rest"),
    idea(
        K::Own,
        "Ask my doctor about safe ways to handle pain or sleep",
    ),
    idea(K::Distract, "Take a shower or step outside"),
    idea(
        K::CallSomeone,
        "Call someone and tell them my body feels off",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_enough_suggestions() {
        for category in Category::ALL {
            let triggers = common_triggers(category);
            assert!(
                (5..=8).contains(&triggers.len()),
                "{} has {} common triggers",
                category.id(),
                triggers.len()
            );
            assert!(coping_ideas(category).len() >= 3, "{}", category.id());
        }
    }

    #[test]
    fn halt_is_among_the_emotions() {
        let emotions = common_triggers(Category::Emotions).join(" ");
        for word in ["Hungry", "Angry", "Lonely", "Tired"] {
            assert!(emotions.contains(word), "{word}");
        }
    }

    #[test]
    fn suggestions_are_plain_non_empty_unique_and_fit_the_caps() {
        use crate::core::triggers::{clean_text, Field};
        let mut seen: Vec<&str> = Vec::new();
        for category in Category::ALL {
            for &text in common_triggers(category) {
                assert_eq!(clean_text(Field::TriggerName, text).as_deref(), Ok(text));
                assert!(!seen.contains(&text), "{text} is repeated");
                seen.push(text);
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        for category in Category::ALL {
            for idea in coping_ideas(category) {
                let text = idea.text;
                assert_eq!(clean_text(Field::CopingText, text).as_deref(), Ok(text));
                assert!(!seen.contains(&text), "{text} is repeated");
                seen.push(text);
            }
        }
    }

    #[test]
    fn each_named_coping_kind_has_an_idea() {
        // "Own" and "refusal line" ideas come from the person and the refusal exercise too.
        let all: Vec<CopingKind> = Category::ALL
            .into_iter()
            .flat_map(|c| coping_ideas(c).iter().map(|i| i.kind))
            .collect();
        for kind in CopingKind::ALL {
            assert!(all.contains(&kind), "no idea of kind {}", kind.id());
        }
    }
}
