//! The questionnaire's structure: question and option ids, their order, branching, severity and
//! which answers interrupt at once. Wording lives in `content/<lang>/screening.rs`; the rules that
//! turn answers into an outcome live in `rules.rs`. Safety questions come first (CLINICAL.md 2).

/// The six dimensions of level-of-care practice (CLINICAL.md section 1), in their usual order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Withdrawal,
    Physical,
    Emotional,
    Readiness,
    Relapse,
    Environment,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::Withdrawal,
        Dimension::Physical,
        Dimension::Emotional,
        Dimension::Readiness,
        Dimension::Relapse,
        Dimension::Environment,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Dimension::Withdrawal => "withdrawal",
            Dimension::Physical => "physical",
            Dimension::Emotional => "emotional",
            Dimension::Readiness => "readiness",
            Dimension::Relapse => "relapse",
            Dimension::Environment => "environment",
        }
    }
}

/// An answer that must be acted on at once, before the next question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interrupt {
    Crisis,
    MedicalEmergency,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionKind {
    Answer,
    /// "None of these" in a many-choice question: excludes the other options.
    NoneOfThese,
    /// "Prefer not to say": excludes the other options and never lowers the outcome.
    PreferNotToSay,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub id: &'static str,
    pub kind: OptionKind,
    /// Order of concern within its question (0 = least). More severe never lowers the outcome.
    pub severity: u8,
    /// Points on a standard instrument, where the question is one of its items.
    pub points: u8,
    pub interrupt: Option<Interrupt>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    One,
    Many,
}

/// The standard instruments reproduced exactly (CLINICAL.md section 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instrument {
    AuditC,
    Phq2,
    Gad2,
}

impl Instrument {
    pub fn id(self) -> &'static str {
        match self {
            Instrument::AuditC => "audit-c",
            Instrument::Phq2 => "phq-2",
            Instrument::Gad2 => "gad-2",
        }
    }
}

/// When a question is asked. Conditions refer to earlier questions only (validated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Always,
    /// The earlier question was asked and one of these options chosen.
    Chose(&'static str, &'static [&'static str]),
    AllOf(&'static [Condition]),
    AnyOf(&'static [Condition]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub dimension: Dimension,
    pub selection: Selection,
    pub options: &'static [AnswerOption],
    pub asked_if: Condition,
    pub instrument: Option<Instrument>,
    /// A "prefer not to say" here leaves risk unknown, so it rules out the lowest level of care.
    /// False only for questions that describe circumstances rather than risk.
    pub about_risk: bool,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&'static AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

const fn answer(id: &'static str, severity: u8) -> AnswerOption {
    AnswerOption {
        id,
        kind: OptionKind::Answer,
        severity,
        points: severity,
        interrupt: None,
    }
}

const fn scored(id: &'static str, severity: u8, points: u8) -> AnswerOption {
    AnswerOption {
        id,
        kind: OptionKind::Answer,
        severity,
        points,
        interrupt: None,
    }
}

const fn interrupting(id: &'static str, interrupt: Interrupt) -> AnswerOption {
    AnswerOption {
        id,
        kind: OptionKind::Answer,
        severity: 2,
        points: 0,
        interrupt: Some(interrupt),
    }
}

const NONE_OF_THESE: AnswerOption = AnswerOption {
    id: "none",
    kind: OptionKind::NoneOfThese,
    severity: 0,
    points: 0,
    interrupt: None,
};
const PREFER_NOT: AnswerOption = AnswerOption {
    id: "prefer-not",
    kind: OptionKind::PreferNotToSay,
    severity: 0,
    points: 0,
    interrupt: None,
};

const YES_CRISIS: [AnswerOption; 3] = [
    answer("no", 0),
    interrupting("yes", Interrupt::Crisis),
    PREFER_NOT,
];
const NO_YES: [AnswerOption; 3] = [answer("no", 0), answer("yes", 1), PREFER_NOT];
/// PHQ-2 and GAD-2 answers: "over the last 2 weeks, how often".
const HOW_OFTEN: [AnswerOption; 5] = [
    answer("not-at-all", 0),
    answer("several-days", 1),
    answer("more-than-half", 2),
    answer("nearly-every-day", 3),
    PREFER_NOT,
];

const fn ask(
    id: &'static str,
    dimension: Dimension,
    options: &'static [AnswerOption],
    asked_if: Condition,
) -> Question {
    Question {
        id,
        dimension,
        selection: Selection::One,
        options,
        asked_if,
        instrument: None,
        about_risk: true,
    }
}

const fn item(
    id: &'static str,
    dimension: Dimension,
    instrument: Instrument,
    options: &'static [AnswerOption],
    asked_if: Condition,
) -> Question {
    Question {
        id,
        dimension,
        selection: Selection::One,
        options,
        asked_if,
        instrument: Some(instrument),
        about_risk: true,
    }
}

const USES_ANYTHING: Condition = Condition::Chose(
    "substances",
    &[
        "alcohol",
        "cannabis",
        "opioids",
        "sedatives",
        "stimulants",
        "other",
        "prefer-not",
    ],
);
const DRINKS: Condition = Condition::Chose("substances", &["alcohol"]);
const DRINKS_AT_ALL: Condition = Condition::AllOf(&[
    DRINKS,
    Condition::Chose(
        "audit-1",
        &[
            "monthly-or-less",
            "2-4-a-month",
            "2-3-a-week",
            "4-plus-a-week",
            "prefer-not",
        ],
    ),
]);

use Dimension::*;

/// Every question, in the order asked. Follow-ups are asked only when relevant.
pub static QUESTIONS: &[Question] = &[
    // Safety first: each "yes" interrupts at once with the crisis or emergency panel.
    ask("safety-now", Emotional, &YES_CRISIS, Condition::Always),
    ask("safety-month", Emotional, &YES_CRISIS, Condition::Always),
    ask("safety-attempt", Emotional, &YES_CRISIS, Condition::Always),
    Question {
        id: "emergency-now",
        dimension: Withdrawal,
        selection: Selection::Many,
        options: &[
            interrupting("seizure", Interrupt::MedicalEmergency),
            interrupting("confusion", Interrupt::MedicalEmergency),
            interrupting("hallucinations", Interrupt::MedicalEmergency),
            interrupting("chest-pain", Interrupt::MedicalEmergency),
            interrupting("overdose", Interrupt::MedicalEmergency),
            NONE_OF_THESE,
            PREFER_NOT,
        ],
        asked_if: Condition::Always,
        instrument: None,
        about_risk: true,
    },
    // What and how much.
    Question {
        id: "substances",
        dimension: Relapse,
        selection: Selection::Many,
        options: &[
            answer("alcohol", 1),
            answer("cannabis", 1),
            answer("opioids", 1),
            answer("sedatives", 1),
            answer("stimulants", 1),
            answer("other", 1),
            NONE_OF_THESE,
            PREFER_NOT,
        ],
        asked_if: Condition::Always,
        instrument: None,
        about_risk: true,
    },
    ask(
        "use-days",
        Relapse,
        &[
            answer("none", 0),
            answer("1-2", 1),
            answer("3-5", 2),
            answer("daily", 3),
            PREFER_NOT,
        ],
        USES_ANYTHING,
    ),
    // AUDIT-C, asked only of people who drink. The sex question picks the published cut-off.
    Question {
        id: "audit-sex",
        dimension: Relapse,
        selection: Selection::One,
        options: &[answer("men", 0), answer("women", 1), PREFER_NOT],
        asked_if: DRINKS,
        instrument: None,
        about_risk: false,
    },
    item(
        "audit-1",
        Relapse,
        Instrument::AuditC,
        &[
            scored("never", 0, 0),
            scored("monthly-or-less", 1, 1),
            scored("2-4-a-month", 2, 2),
            scored("2-3-a-week", 3, 3),
            scored("4-plus-a-week", 4, 4),
            PREFER_NOT,
        ],
        DRINKS,
    ),
    item(
        "audit-2",
        Relapse,
        Instrument::AuditC,
        &[
            scored("1-2", 0, 0),
            scored("3-4", 1, 1),
            scored("5-6", 2, 2),
            scored("7-9", 3, 3),
            scored("10-plus", 4, 4),
            PREFER_NOT,
        ],
        DRINKS_AT_ALL,
    ),
    item(
        "audit-3",
        Relapse,
        Instrument::AuditC,
        &[
            scored("never", 0, 0),
            scored("less-than-monthly", 1, 1),
            scored("monthly", 2, 2),
            scored("weekly", 3, 3),
            scored("daily", 4, 4),
            PREFER_NOT,
        ],
        DRINKS_AT_ALL,
    ),
    // Withdrawal, by substance.
    ask("alcohol-shakes", Withdrawal, &NO_YES, DRINKS_AT_ALL),
    ask(
        "withdrawal-history",
        Withdrawal,
        &NO_YES,
        Condition::Chose(
            "substances",
            &["alcohol", "sedatives", "other", "prefer-not"],
        ),
    ),
    ask(
        "sedative-days",
        Withdrawal,
        &[
            answer("less-than-weekly", 0),
            answer("weekly", 1),
            answer("most-days", 2),
            answer("daily", 3),
            PREFER_NOT,
        ],
        Condition::Chose("substances", &["sedatives"]),
    ),
    ask(
        "mixing",
        Withdrawal,
        &NO_YES,
        Condition::AllOf(&[
            DRINKS,
            Condition::Chose("substances", &["opioids", "sedatives", "other"]),
        ]),
    ),
    // Physical health.
    ask(
        "pregnant",
        Physical,
        &[
            answer("no", 0),
            answer("not-applicable", 0),
            answer("maybe", 1),
            answer("yes", 2),
            PREFER_NOT,
        ],
        Condition::Always,
    ),
    ask("medical", Physical, &NO_YES, Condition::Always),
    // Emotional and mental health: PHQ-2 and GAD-2, then own questions.
    item(
        "phq-1",
        Emotional,
        Instrument::Phq2,
        &HOW_OFTEN,
        Condition::Always,
    ),
    item(
        "phq-2",
        Emotional,
        Instrument::Phq2,
        &HOW_OFTEN,
        Condition::Always,
    ),
    item(
        "gad-1",
        Emotional,
        Instrument::Gad2,
        &HOW_OFTEN,
        Condition::Always,
    ),
    item(
        "gad-2",
        Emotional,
        Instrument::Gad2,
        &HOW_OFTEN,
        Condition::Always,
    ),
    ask("psychosis", Emotional, &NO_YES, Condition::Always),
    ask("mania", Emotional, &NO_YES, Condition::Always),
    ask("harm-others", Emotional, &NO_YES, Condition::Always),
    // Readiness and practical fit.
    Question {
        id: "importance",
        dimension: Readiness,
        selection: Selection::One,
        options: &[
            answer("0", 0),
            answer("1", 0),
            answer("2", 0),
            answer("3", 0),
            answer("4", 0),
            answer("5", 0),
            answer("6", 0),
            answer("7", 0),
            answer("8", 0),
            answer("9", 0),
            answer("10", 0),
        ],
        asked_if: Condition::Always,
        instrument: None,
        about_risk: false,
    },
    Question {
        id: "hours",
        dimension: Readiness,
        selection: Selection::One,
        options: &[
            answer("yes", 0),
            answer("with-changes", 1),
            answer("no", 2),
            PREFER_NOT,
        ],
        asked_if: Condition::Always,
        instrument: None,
        about_risk: false,
    },
    Question {
        id: "barriers",
        dimension: Readiness,
        selection: Selection::Many,
        options: &[
            answer("work", 1),
            answer("transport", 1),
            answer("childcare", 1),
            answer("cost", 1),
            NONE_OF_THESE,
            PREFER_NOT,
        ],
        asked_if: Condition::Always,
        instrument: None,
        about_risk: false,
    },
    // Relapse and continued use.
    ask(
        "control",
        Relapse,
        &[
            answer("never", 0),
            answer("sometimes", 1),
            answer("often", 2),
            PREFER_NOT,
        ],
        USES_ANYTHING,
    ),
    ask(
        "cravings",
        Relapse,
        &[
            answer("none", 0),
            answer("mild", 1),
            answer("strong", 2),
            answer("very-strong", 3),
            PREFER_NOT,
        ],
        USES_ANYTHING,
    ),
    ask(
        "problems",
        Relapse,
        &[
            answer("none", 0),
            answer("some", 1),
            answer("many", 2),
            PREFER_NOT,
        ],
        USES_ANYTHING,
    ),
    ask(
        "past-treatment",
        Relapse,
        &[
            answer("never", 0),
            answer("stayed-well", 1),
            answer("relapsed", 2),
            PREFER_NOT,
        ],
        Condition::Always,
    ),
    // Recovery environment.
    ask(
        "home-safe",
        Environment,
        &[
            answer("yes", 0),
            answer("not-always", 1),
            answer("no", 2),
            PREFER_NOT,
        ],
        Condition::Always,
    ),
    ask("home-use", Environment, &NO_YES, Condition::Always),
    ask(
        "housing",
        Environment,
        &[
            answer("stable", 0),
            answer("unsure", 1),
            answer("no", 2),
            PREFER_NOT,
        ],
        Condition::Always,
    ),
    ask(
        "support",
        Environment,
        &[answer("yes", 0), answer("not-really", 1), PREFER_NOT],
        Condition::Always,
    ),
];
