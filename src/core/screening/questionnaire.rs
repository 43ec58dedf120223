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
    /// Thoughts of suicide or self-harm, or of seriously harming someone now: the crisis panel.
    Crisis,
    MedicalEmergency,
    /// A safety question was declined: not a "no". The crisis contacts, gently, then go on.
    SafetyDeclined,
}

impl Interrupt {
    /// Stable id: the DOM's `data-interrupt`.
    pub fn id(self) -> &'static str {
        match self {
            Interrupt::Crisis => "crisis",
            Interrupt::MedicalEmergency => "medical-emergency",
            Interrupt::SafetyDeclined => "safety-declined",
        }
    }
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Instrument {
    AuditC,
    Phq2,
    Gad2,
    /// PHQ-9 item 9 alone, asked in the safety block. Not scored: any answer above
    /// "not at all" is a crisis answer.
    Phq9Item9,
}

impl Instrument {
    pub const ALL: [Instrument; 4] = [
        Instrument::AuditC,
        Instrument::Phq2,
        Instrument::Gad2,
        Instrument::Phq9Item9,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Instrument::AuditC => "audit-c",
            Instrument::Phq2 => "phq-2",
            Instrument::Gad2 => "gad-2",
            Instrument::Phq9Item9 => "phq-9-item-9",
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
    /// At least this many of the conditions hold.
    AtLeast(usize, &'static [Condition]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub dimension: Dimension,
    pub selection: Selection,
    pub options: &'static [AnswerOption],
    pub asked_if: Condition,
    pub instrument: Option<Instrument>,
    /// A "prefer not to say" here leaves risk unknown, so it rules out the lowest level of care
    /// and counts towards "talk to us" (rule 9). False only for questions that describe
    /// circumstances rather than risk.
    pub about_risk: bool,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&'static AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The safety block: declining one of these shows the crisis contacts at once.
    pub fn is_safety(&self) -> bool {
        SAFETY_QUESTIONS.contains(&self.id)
    }
}

/// The questions asked first, whose "prefer not to say" is not a "no" (CLINICAL.md 2, rule 1).
pub const SAFETY_QUESTIONS: [&str; 6] = [
    "safety-now",
    "phq-9-item-9",
    "safety-month",
    "safety-attempt",
    "harm-others-now",
    "emergency-now",
];

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

const fn interrupting(id: &'static str, severity: u8, interrupt: Interrupt) -> AnswerOption {
    AnswerOption {
        id,
        kind: OptionKind::Answer,
        severity,
        points: severity,
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
/// In the safety block, declining is answered with the crisis contacts.
const DECLINED: AnswerOption = AnswerOption {
    interrupt: Some(Interrupt::SafetyDeclined),
    ..PREFER_NOT
};

const YES_CRISIS: [AnswerOption; 3] = [
    answer("no", 0),
    interrupting("yes", 2, Interrupt::Crisis),
    DECLINED,
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
/// PHQ-9 item 9: any day at all is a crisis answer (rule 1, passive thoughts).
const HOW_OFTEN_CRISIS: [AnswerOption; 5] = [
    answer("not-at-all", 0),
    interrupting("several-days", 1, Interrupt::Crisis),
    interrupting("more-than-half", 2, Interrupt::Crisis),
    interrupting("nearly-every-day", 3, Interrupt::Crisis),
    DECLINED,
];
/// How often one kind of sedative was taken in the past month. Each kind is asked outright (not
/// after a "which kinds" question), so declining one question never changes which are asked.
const SEDATIVE_DAYS: [AnswerOption; 6] = [
    answer("not-at-all", 0),
    answer("less-than-weekly", 1),
    answer("weekly", 2),
    answer("most-days", 3),
    answer("daily", 4),
    PREFER_NOT,
];
/// A 0-10 ruler (own wording); the intro promises "prefer not to say" everywhere.
// 0 to 3 is a finding (not sure change matters, not confident) that keeps a person from being
// told less may be enough (rule 10): of more concern than the rest.
const RULER: [AnswerOption; 12] = [
    answer("0", 1),
    answer("1", 1),
    answer("2", 1),
    answer("3", 1),
    answer("4", 0),
    answer("5", 0),
    answer("6", 0),
    answer("7", 0),
    answer("8", 0),
    answer("9", 0),
    answer("10", 0),
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

const fn many(
    id: &'static str,
    dimension: Dimension,
    options: &'static [AnswerOption],
    asked_if: Condition,
) -> Question {
    Question {
        selection: Selection::Many,
        ..ask(id, dimension, options, asked_if)
    }
}

/// A question about circumstances, not risk: declining it leaves no risk unknown.
const fn circumstance(
    id: &'static str,
    dimension: Dimension,
    selection: Selection,
    options: &'static [AnswerOption],
    asked_if: Condition,
) -> Question {
    Question {
        selection,
        about_risk: false,
        ..ask(id, dimension, options, asked_if)
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
        instrument: Some(instrument),
        ..ask(id, dimension, options, asked_if)
    }
}

const fn chose(question: &'static str, options: &'static [&'static str]) -> Condition {
    Condition::Chose(question, options)
}

/// Anything at all in the past 12 months, including medicine taken as prescribed.
pub const USES_ANYTHING: Condition = chose(
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
const OPIOIDS: Condition = chose("substances", &["opioids"]);
const SEDATIVES: Condition = chose("substances", &["sedatives"]);
/// Use that counts as substance use (CLINICAL.md 2, rules 4 and 8): anything but pain medicine
/// and sedatives taken only as prescribed. Treatment with methadone or buprenorphine counts: the
/// person is in care for opioid use, and rule 8's "this program is not for you" would be wrong.
/// Not knowing counts as use.
pub const SUBSTANCE_USE: Condition = Condition::AnyOf(&[
    chose(
        "substances",
        &["alcohol", "cannabis", "stimulants", "other", "prefer-not"],
    ),
    chose("opioid-use", &["moud", "not-as-prescribed", "prefer-not"]),
    chose("sedatives-prescribed", &["not-as-prescribed", "prefer-not"]),
]);
/// Who the result counts as using (rule 8): substance use, or an overdose in the past year. The
/// readiness rulers and a program's hours are asked of exactly them.
const USES_OR_OVERDOSED: Condition =
    Condition::AnyOf(&[SUBSTANCE_USE, chose("overdose", &["yes"])]);
const DRINKS: Condition = chose("substances", &["alcohol"]);
const DRINKS_AT_ALL: Condition = Condition::AllOf(&[
    DRINKS,
    chose(
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
/// The sedative frequency questions, one per kind (rule 3).
pub const SEDATIVE_KINDS: [&str; 5] = [
    "benzodiazepine-days",
    "z-drug-days",
    "barbiturate-days",
    "ghb-days",
    "gabapentinoid-days",
];
const fn takes(kind: &'static str) -> Condition {
    chose(
        kind,
        &[
            "less-than-weekly",
            "weekly",
            "most-days",
            "daily",
            "prefer-not",
        ],
    )
}
/// Two or more depressants (alcohol, opioids, sedatives; "something else" may be one), or two
/// kinds of sedative: then ask about taking them together (rule 3).
const TWO_DEPRESSANTS: Condition = Condition::AnyOf(&[
    Condition::AtLeast(
        2,
        &[
            DRINKS,
            OPIOIDS,
            SEDATIVES,
            chose("substances", &["other", "prefer-not"]),
        ],
    ),
    Condition::AtLeast(
        2,
        &[
            takes("benzodiazepine-days"),
            takes("z-drug-days"),
            takes("barbiturate-days"),
            takes("ghb-days"),
            takes("gabapentinoid-days"),
        ],
    ),
]);

use Dimension::*;

/// Every question, in the order asked. Follow-ups are asked only when relevant.
pub static QUESTIONS: &[Question] = &[
    // Safety first: a "yes" interrupts at once with the crisis or emergency panel, and
    // declining interrupts with the crisis contacts.
    ask("safety-now", Emotional, &YES_CRISIS, Condition::Always),
    item(
        "phq-9-item-9",
        Emotional,
        Instrument::Phq9Item9,
        &HOW_OFTEN_CRISIS,
        Condition::Always,
    ),
    ask("safety-month", Emotional, &YES_CRISIS, Condition::Always),
    ask("safety-attempt", Emotional, &YES_CRISIS, Condition::Always),
    ask("harm-others-now", Emotional, &YES_CRISIS, Condition::Always),
    many(
        "emergency-now",
        Withdrawal,
        &[
            interrupting("seizure", 2, Interrupt::MedicalEmergency),
            interrupting("confusion", 2, Interrupt::MedicalEmergency),
            interrupting("hallucinations", 2, Interrupt::MedicalEmergency),
            interrupting("chest-pain", 2, Interrupt::MedicalEmergency),
            interrupting("overdose", 2, Interrupt::MedicalEmergency),
            interrupting("intoxicated", 2, Interrupt::MedicalEmergency),
            NONE_OF_THESE,
            DECLINED,
        ],
        Condition::Always,
    ),
    // What, and how much. "Past 12 months" matches rule 8 and AUDIT-C.
    many(
        "substances",
        Relapse,
        &[
            answer("alcohol", 1),
            answer("cannabis", 1),
            answer("opioids", 1),
            answer("sedatives", 1),
            answer("stimulants", 1),
            answer("other", 1),
            NONE_OF_THESE,
            PREFER_NOT,
        ],
        Condition::Always,
    ),
    // Opioids taken as prescribed are not substance use by themselves (rule 4).
    many(
        "opioid-use",
        Withdrawal,
        &[
            answer("prescribed-pain", 0),
            answer("moud", 0),
            answer("not-as-prescribed", 1),
            PREFER_NOT,
        ],
        OPIOIDS,
    ),
    // Sedatives by kind, each with how often (rule 3).
    ask("benzodiazepine-days", Withdrawal, &SEDATIVE_DAYS, SEDATIVES),
    ask("z-drug-days", Withdrawal, &SEDATIVE_DAYS, SEDATIVES),
    ask("barbiturate-days", Withdrawal, &SEDATIVE_DAYS, SEDATIVES),
    ask("ghb-days", Withdrawal, &SEDATIVE_DAYS, SEDATIVES),
    ask("gabapentinoid-days", Withdrawal, &SEDATIVE_DAYS, SEDATIVES),
    ask(
        "sedatives-prescribed",
        Withdrawal,
        &[
            answer("as-prescribed", 0),
            answer("not-as-prescribed", 1),
            PREFER_NOT,
        ],
        SEDATIVES,
    ),
    ask(
        "use-days",
        Relapse,
        &[
            answer("none", 0),
            answer("less-than-weekly", 1),
            answer("1-2", 2),
            answer("3-5", 3),
            answer("daily", 4),
            PREFER_NOT,
        ],
        SUBSTANCE_USE,
    ),
    // AUDIT-C, asked only of people who drink. The sex question picks the published cut-off.
    circumstance(
        "audit-sex",
        Relapse,
        Selection::One,
        &[answer("men", 0), answer("women", 1), PREFER_NOT],
        DRINKS,
    ),
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
    // Withdrawal, by substance (rule 3). Feeling sick alone is not one of rule 3's signs.
    many(
        "withdrawal-signs",
        Withdrawal,
        &[
            answer("shakes", 2),
            answer("sweats", 2),
            answer("morning-drink", 2),
            // Rule 6 on its own (more intensive care), not only a withdrawal sign.
            answer("hallucinations", 3),
            answer("felt-sick", 1),
            NONE_OF_THESE,
            PREFER_NOT,
        ],
        // Asked of everyone who drinks, even if they say "never" to AUDIT item 1: someone who
        // stopped days ago is in withdrawal's most dangerous days.
        DRINKS,
    ),
    // Rule 3 names past seizures or the DTs whatever the substance: pills sold as opioids
    // often hold sedatives, and some opioids cause seizures themselves.
    ask("withdrawal-history", Withdrawal, &NO_YES, USES_ANYTHING),
    ask("mixing", Withdrawal, &NO_YES, TWO_DEPRESSANTS),
    ask("overdose", Withdrawal, &NO_YES, USES_ANYTHING),
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
    // Including while high, drunk or coming down (rule 6).
    ask("psychosis", Emotional, &NO_YES, Condition::Always),
    // Either sign is enough (rule 6).
    many(
        "mania",
        Emotional,
        &[
            answer("no-sleep", 1),
            answer("racing", 1),
            NONE_OF_THESE,
            PREFER_NOT,
        ],
        Condition::Always,
    ),
    // Past month; "right now" was asked in the safety block.
    ask(
        "harm-others",
        Emotional,
        &NO_YES,
        chose("harm-others-now", &["no", "prefer-not"]),
    ),
    // Readiness and practical fit. The rulers ask about changing one's use: not asked of
    // someone who uses nothing, or only medicine as prescribed (told "making a change matters
    // to you" beside "this program may not be the right place" otherwise).
    circumstance(
        "importance",
        Readiness,
        Selection::One,
        &RULER,
        USES_OR_OVERDOSED,
    ),
    circumstance(
        "confidence",
        Readiness,
        Selection::One,
        &RULER,
        USES_OR_OVERDOSED,
    ),
    circumstance(
        "hours",
        Readiness,
        Selection::One,
        &[
            answer("yes", 0),
            answer("with-changes", 1),
            answer("no", 2),
            PREFER_NOT,
        ],
        USES_OR_OVERDOSED,
    ),
    circumstance(
        "barriers",
        Readiness,
        Selection::Many,
        &[
            answer("work", 1),
            answer("transport", 1),
            answer("childcare", 1),
            answer("cost", 1),
            NONE_OF_THESE,
            PREFER_NOT,
        ],
        USES_OR_OVERDOSED,
    ),
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
        SUBSTANCE_USE,
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
        SUBSTANCE_USE,
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
        SUBSTANCE_USE,
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
