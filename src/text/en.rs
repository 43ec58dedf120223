use super::{ExerciseText, Text};

pub static TEXT: Text = Text {
    widget_label: "Self-check and skills practice",
    home_heading: "Is an intensive outpatient program right for me?",
    home_intro: "Three short, private exercises to help you think about drug or alcohol use and what kind of help could fit. Take them in any order, and stop whenever you like.",
    privacy_promise: "Everything you enter stays on this device.",
    exercises_heading: "Exercises",
    start: "Start",
    screening: ExerciseText {
        title: "Could an intensive outpatient program fit me?",
        summary: "Answer a few questions and see which kind of care may fit you, and why.",
        duration: "About 5 minutes",
    },
    refusal_skills: ExerciseText {
        title: "Practise saying no",
        summary: "Someone offers you a drink or a drug. Pick what you would say and learn what works.",
        duration: "About 3 minutes a scene",
    },
    trigger_map: ExerciseText {
        title: "Map my triggers",
        summary: "Note what sets off your cravings, plan what you can do instead, and keep it as your own plan.",
        duration: "About 10 minutes",
    },
    coming_soon: "This exercise is coming soon.",
    coming_soon_meanwhile: "In the meantime, you can call the clinic to talk it through with someone.",
    back_home: "Back to all exercises",
    quick_exit: "Quick exit",
    quick_exit_hint: "Quick exit (or Escape three times) leaves this page at once. It does not erase your browser history.",
    contact_heading: "Talk to us",
    clinic_call: "Call",
    crisis_heading: "If you are thinking about hurting yourself",
    call: "Call",
    text: "Text",
    emergency_call: "In an emergency, call",
    error_heading: "Something went wrong on our side.",
    error_body: "Nothing you entered has been sent anywhere. Please reload the page to try again.",
    error_reload: "Reload",
};
