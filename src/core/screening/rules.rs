//! CLINICAL.md section 2 (revision 2) as code: answers in, a recommended level of care out, with
//! its reasons.
//!
//! Every fact below only ever turns *on* as an answer gets more severe, and the outcome is the
//! most intensive rule whose facts hold; the lowest levels need every risk fact to be off and
//! every risk question answered. That is what makes the outcome monotonic, and why a
//! "prefer not to say" can never lower it.

use super::answers::Answers;
use super::instruments::{score, Band, Score};
use super::questionnaire::{Dimension, Instrument, Interrupt, SAFETY_QUESTIONS, SEDATIVE_KINDS};

/// Recommended level of care, in order of intensity (see [`Outcome::intensity`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// No alcohol or drug use in the past year: this program is not the place (rule 8).
    NotSubstanceUse,
    /// Standard outpatient or a brief check-in may be enough (rule 10).
    LessIntensive,
    /// An intensive outpatient program may fit (rule 11).
    IopFit,
    /// We cannot tell from what was shared: talk it through (rule 9). As intense as IOP.
    TalkToUs,
    /// A more intensive level of care (partial hospitalisation, residential) is likely needed.
    MoreIntensive,
    /// Medically supervised withdrawal first; IOP may follow.
    WithdrawalFirst,
    MedicalEmergency,
    Crisis,
}

impl Outcome {
    pub const ALL: [Outcome; 8] = [
        Outcome::NotSubstanceUse,
        Outcome::LessIntensive,
        Outcome::IopFit,
        Outcome::TalkToUs,
        Outcome::MoreIntensive,
        Outcome::WithdrawalFirst,
        Outcome::MedicalEmergency,
        Outcome::Crisis,
    ];

    /// Stable id: the DOM's `data-outcome` and the host event's detail.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::NotSubstanceUse => "not-substance-use",
            Outcome::LessIntensive => "less-intensive",
            Outcome::IopFit => "iop-fit",
            Outcome::TalkToUs => "talk-to-us",
            Outcome::MoreIntensive => "more-intensive",
            Outcome::WithdrawalFirst => "withdrawal-first",
            Outcome::MedicalEmergency => "medical-emergency",
            Outcome::Crisis => "crisis",
        }
    }

    /// How much care the outcome points to. "Talk to us" is never lower than IOP (rule 9), and
    /// ranks with it: when the answers cannot tell, a conversation is the same step as IOP's
    /// assessment.
    pub fn intensity(self) -> u8 {
        match self {
            Outcome::NotSubstanceUse => 0,
            Outcome::LessIntensive => 1,
            Outcome::IopFit | Outcome::TalkToUs => 2,
            Outcome::MoreIntensive => 3,
            Outcome::WithdrawalFirst => 4,
            Outcome::MedicalEmergency => 5,
            Outcome::Crisis => 6,
        }
    }

    /// Crisis and emergency come before any level of care.
    pub fn is_urgent(self) -> bool {
        self >= Outcome::MedicalEmergency
    }
}

/// Something to raise with the clinic, shown beside the outcome whatever it is. Shown in this
/// order: safety first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flag {
    /// A safety question was not answered: the result never reads as an all-clear.
    SafetyNotConfirmed,
    /// Opioids not as prescribed, or a past overdose: naloxone, don't use alone, tolerance, fentanyl.
    OverdoseSafety,
    /// Opioids not as prescribed and not on treatment yet: ask about medication for opioid use disorder.
    AskAboutMedication,
    /// Already on methadone or buprenorphine: keep taking it and tell the clinic.
    AlreadyOnMoud,
    /// Pregnancy: contact the clinic promptly.
    PregnancyContactPromptly,
    /// Sedatives, or opioids in pregnancy: do not stop suddenly.
    DoNotStopSuddenly,
    /// A withdrawal question was not answered.
    WithdrawalRiskUnknown,
    /// Home or housing: residential care or a recovery residence may help.
    RecoveryResidence,
    /// A home that is not (always) safe, for someone who uses nothing: help with safety, not a
    /// recovery residence (rule 8: no program suggested).
    HomeSafety,
    /// Hours or practical barriers: ask about schedules and support.
    ScheduleHelp,
}

impl Flag {
    pub const ALL: [Flag; 10] = [
        Flag::SafetyNotConfirmed,
        Flag::OverdoseSafety,
        Flag::AskAboutMedication,
        Flag::AlreadyOnMoud,
        Flag::PregnancyContactPromptly,
        Flag::DoNotStopSuddenly,
        Flag::WithdrawalRiskUnknown,
        Flag::RecoveryResidence,
        Flag::HomeSafety,
        Flag::ScheduleHelp,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Flag::SafetyNotConfirmed => "safety-not-confirmed",
            Flag::OverdoseSafety => "overdose-safety",
            Flag::AskAboutMedication => "ask-about-medication",
            Flag::AlreadyOnMoud => "already-on-moud",
            Flag::PregnancyContactPromptly => "pregnancy",
            Flag::DoNotStopSuddenly => "do-not-stop-suddenly",
            Flag::WithdrawalRiskUnknown => "withdrawal-risk-unknown",
            Flag::RecoveryResidence => "recovery-residence",
            Flag::HomeSafety => "home-safety",
            Flag::ScheduleHelp => "schedule-help",
        }
    }
}

/// How much a reason weighs in its dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Concern {
    /// Something in the person's favour.
    Strength,
    /// Worth keeping an eye on; on its own, no reason for more care (rule 10's "mild").
    Mild,
    Moderate,
    High,
}

impl Concern {
    /// Stable id: the key of its words in content files.
    pub fn id(self) -> &'static str {
        match self {
            Concern::Strength => "strength",
            Concern::Mild => "mild",
            Concern::Moderate => "moderate",
            Concern::High => "high",
        }
    }

    pub const ALL: [Concern; 4] = [
        Concern::Strength,
        Concern::Mild,
        Concern::Moderate,
        Concern::High,
    ];
}

/// Why the outcome is what it is. Each finding's sentence says exactly what was answered, so
/// graded answers ("sometimes", "often") have a finding each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Finding {
    ThoughtsNow,
    PassiveThoughts,
    ThoughtsRecent,
    RecentAttempt,
    HarmOthersNow,
    SafetyDeclined,
    EmergencySigns,
    SevereWithdrawalBefore,
    WithdrawalSigns,
    WithdrawalSignsLessOften,
    /// Near-daily use, and the withdrawal signs or a past seizure not said: route up (rule 3).
    WithdrawalNotSaid,
    FeltSickCuttingDown,
    DailySedatives,
    SomeSedatives,
    MixingDepressants,
    Opioids,
    OpioidsAsPrescribed,
    OnMoud,
    PastOverdose,
    Pregnancy,
    UntreatedMedical,
    Psychosis,
    HallucinationsCuttingDown,
    Mania,
    HarmOthers,
    LowMood,
    Anxiety,
    RiskyDrinking,
    UseLessThanWeekly,
    UseWeekly,
    FrequentUse,
    DailyUse,
    LossOfControlSometimes,
    LossOfControlOften,
    MildCravings,
    StrongCravings,
    VeryStrongCravings,
    SomeProblems,
    ManyProblems,
    RelapseAfterTreatment,
    StayedWellAfterTreatment,
    HomeNotAlwaysSafe,
    UnsafeHome,
    UseAtHome,
    HousingUnsure,
    NoStableHousing,
    LittleSupport,
    CannotAttend,
    HoursWithChanges,
    PracticalBarriers,
    NotSureChangeMatters,
    ChangeMatters,
    LowConfidence,
    Confident,
    SafeStableHome,
    Support,
    LowRiskAnswers,
    NoUse,
    OnlyAsPrescribed,
    Unanswered,
    MostlyUnanswered,
}

impl Finding {
    /// Stable id: the key of its words in content files.
    pub fn id(self) -> &'static str {
        match self {
            Finding::ThoughtsNow => "thoughts-now",
            Finding::PassiveThoughts => "passive-thoughts",
            Finding::ThoughtsRecent => "thoughts-recent",
            Finding::RecentAttempt => "recent-attempt",
            Finding::HarmOthersNow => "harm-others-now",
            Finding::SafetyDeclined => "safety-declined",
            Finding::EmergencySigns => "emergency-signs",
            Finding::SevereWithdrawalBefore => "severe-withdrawal-before",
            Finding::WithdrawalSigns => "withdrawal-signs",
            Finding::WithdrawalSignsLessOften => "withdrawal-signs-less-often",
            Finding::WithdrawalNotSaid => "withdrawal-not-said",
            Finding::FeltSickCuttingDown => "felt-sick-cutting-down",
            Finding::DailySedatives => "daily-sedatives",
            Finding::SomeSedatives => "some-sedatives",
            Finding::MixingDepressants => "mixing-depressants",
            Finding::Opioids => "opioids",
            Finding::OpioidsAsPrescribed => "opioids-as-prescribed",
            Finding::OnMoud => "on-moud",
            Finding::PastOverdose => "past-overdose",
            Finding::Pregnancy => "pregnancy",
            Finding::UntreatedMedical => "untreated-medical",
            Finding::Psychosis => "psychosis",
            Finding::HallucinationsCuttingDown => "hallucinations-cutting-down",
            Finding::Mania => "mania",
            Finding::HarmOthers => "harm-others",
            Finding::LowMood => "low-mood",
            Finding::Anxiety => "anxiety",
            Finding::RiskyDrinking => "risky-drinking",
            Finding::UseLessThanWeekly => "use-less-than-weekly",
            Finding::UseWeekly => "use-weekly",
            Finding::FrequentUse => "frequent-use",
            Finding::DailyUse => "daily-use",
            Finding::LossOfControlSometimes => "loss-of-control-sometimes",
            Finding::LossOfControlOften => "loss-of-control-often",
            Finding::MildCravings => "mild-cravings",
            Finding::StrongCravings => "strong-cravings",
            Finding::VeryStrongCravings => "very-strong-cravings",
            Finding::SomeProblems => "some-problems",
            Finding::ManyProblems => "many-problems",
            Finding::RelapseAfterTreatment => "relapse-after-treatment",
            Finding::StayedWellAfterTreatment => "stayed-well-after-treatment",
            Finding::HomeNotAlwaysSafe => "home-not-always-safe",
            Finding::UnsafeHome => "unsafe-home",
            Finding::UseAtHome => "use-at-home",
            Finding::HousingUnsure => "housing-unsure",
            Finding::NoStableHousing => "no-stable-housing",
            Finding::LittleSupport => "little-support",
            Finding::CannotAttend => "cannot-attend",
            Finding::HoursWithChanges => "hours-with-changes",
            Finding::PracticalBarriers => "practical-barriers",
            Finding::NotSureChangeMatters => "not-sure-change-matters",
            Finding::ChangeMatters => "change-matters",
            Finding::LowConfidence => "low-confidence",
            Finding::Confident => "confident",
            Finding::SafeStableHome => "safe-stable-home",
            Finding::Support => "support",
            Finding::LowRiskAnswers => "low-risk-answers",
            Finding::NoUse => "no-use",
            Finding::OnlyAsPrescribed => "only-as-prescribed",
            Finding::Unanswered => "unanswered",
            Finding::MostlyUnanswered => "mostly-unanswered",
        }
    }
}

impl Finding {
    pub const ALL: [Finding; 61] = [
        Finding::ThoughtsNow,
        Finding::PassiveThoughts,
        Finding::ThoughtsRecent,
        Finding::RecentAttempt,
        Finding::HarmOthersNow,
        Finding::SafetyDeclined,
        Finding::EmergencySigns,
        Finding::SevereWithdrawalBefore,
        Finding::WithdrawalSigns,
        Finding::WithdrawalSignsLessOften,
        Finding::WithdrawalNotSaid,
        Finding::FeltSickCuttingDown,
        Finding::DailySedatives,
        Finding::SomeSedatives,
        Finding::MixingDepressants,
        Finding::Opioids,
        Finding::OpioidsAsPrescribed,
        Finding::OnMoud,
        Finding::PastOverdose,
        Finding::Pregnancy,
        Finding::UntreatedMedical,
        Finding::Psychosis,
        Finding::HallucinationsCuttingDown,
        Finding::Mania,
        Finding::HarmOthers,
        Finding::LowMood,
        Finding::Anxiety,
        Finding::RiskyDrinking,
        Finding::UseLessThanWeekly,
        Finding::UseWeekly,
        Finding::FrequentUse,
        Finding::DailyUse,
        Finding::LossOfControlSometimes,
        Finding::LossOfControlOften,
        Finding::MildCravings,
        Finding::StrongCravings,
        Finding::VeryStrongCravings,
        Finding::SomeProblems,
        Finding::ManyProblems,
        Finding::RelapseAfterTreatment,
        Finding::StayedWellAfterTreatment,
        Finding::HomeNotAlwaysSafe,
        Finding::UnsafeHome,
        Finding::UseAtHome,
        Finding::HousingUnsure,
        Finding::NoStableHousing,
        Finding::LittleSupport,
        Finding::CannotAttend,
        Finding::HoursWithChanges,
        Finding::PracticalBarriers,
        Finding::NotSureChangeMatters,
        Finding::ChangeMatters,
        Finding::LowConfidence,
        Finding::Confident,
        Finding::SafeStableHome,
        Finding::Support,
        Finding::LowRiskAnswers,
        Finding::NoUse,
        Finding::OnlyAsPrescribed,
        Finding::Unanswered,
        Finding::MostlyUnanswered,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub finding: Finding,
    pub dimension: Dimension,
    pub concern: Concern,
    pub because: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub outcome: Outcome,
    /// For a crisis or emergency: the level of care the other answers point to, once safe.
    pub then: Option<Outcome>,
    pub flags: Vec<Flag>,
    pub reasons: Vec<Reason>,
    pub scores: Vec<Score>,
    /// The person said they cannot attend 9 or more hours a week now (rule 11's wording).
    pub cannot_attend: bool,
    /// Some substance use in the past year (rule 8). Without it, a level above this program
    /// (withdrawal care for a prescribed medicine, a doctor for an untreated illness) is worded
    /// without suggesting the program.
    pub uses: bool,
    /// What a summary without the safety block may say: the level of care the other answers
    /// point to (each safety question taken as its calmest answer), so the level shown does not
    /// give away an answer left out; where a safety answer raised it, at least "talk to us"
    /// (route up, never down).
    pub level_without_safety: Outcome,
    /// The flags the other answers alone raise (overdose signs now, say, are a safety answer).
    pub flags_without_safety: Vec<Flag>,
}

impl Finding {
    /// Whether this finding comes from the safety block (CLINICAL.md 2, rules 1 and 2): what a
    /// hand-off leaves out unless the person chooses to include it.
    pub fn from_safety_block(self) -> bool {
        matches!(
            self,
            Finding::ThoughtsNow
                | Finding::PassiveThoughts
                | Finding::ThoughtsRecent
                | Finding::RecentAttempt
                | Finding::HarmOthersNow
                | Finding::SafetyDeclined
                | Finding::EmergencySigns
        )
    }
}

impl Recommendation {
    /// What a summary for the clinic may say when the person left the safety block out: the
    /// level of care for once they are safe instead of a crisis or emergency, and no finding or
    /// flag that only the safety answers could give.
    pub fn without_safety_block(&self) -> Recommendation {
        Recommendation {
            outcome: self.level_without_safety,
            then: None,
            flags: self.flags_without_safety.clone(),
            reasons: self
                .reasons
                .iter()
                .filter(|r| !r.finding.from_safety_block())
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// The highest concern found in each dimension; None where nothing was found.
    pub fn by_dimension(&self) -> Vec<(Dimension, Option<Concern>)> {
        Dimension::ALL
            .iter()
            .map(|d| {
                (
                    *d,
                    self.reasons
                        .iter()
                        .filter(|r| r.dimension == *d)
                        .map(|r| r.concern)
                        .max(),
                )
            })
            .collect()
    }

    pub fn has_flag(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }

    pub fn has_finding(&self, finding: Finding) -> bool {
        self.reasons.iter().any(|r| r.finding == finding)
    }

    /// The level of care, looking through a crisis or emergency to what the rest says.
    pub fn level_of_care(&self) -> Outcome {
        self.then.unwrap_or(self.outcome)
    }
}

/// Collects reasons as the rules find them.
#[derive(Default)]
struct Findings {
    reasons: Vec<Reason>,
    flags: Vec<Flag>,
}

impl Findings {
    fn add(
        &mut self,
        finding: Finding,
        dimension: Dimension,
        concern: Concern,
        because: &[&'static str],
    ) {
        self.reasons.push(Reason {
            finding,
            dimension,
            concern,
            because: because.to_vec(),
        });
    }

    fn flag(&mut self, flag: Flag) {
        self.flags.push(flag);
    }

    /// Any finding above mild, in any dimension (rule 10), readiness and practical fit included:
    /// someone unsure change matters, or who cannot attend, is not told less may be enough.
    fn above_mild(&self) -> bool {
        self.reasons.iter().any(|r| r.concern >= Concern::Moderate)
    }
}

/// Applies CLINICAL.md section 2 to the answers (first match wins; when in doubt, route up),
/// and works out what a summary without the safety block may say.
pub fn recommend(a: &Answers) -> Recommendation {
    use super::questionnaire::{question, OptionKind};
    let mut r = assess(a);
    let mut calm = a.clone();
    for q in SAFETY_QUESTIONS {
        let calmest = question(q).and_then(|q| {
            let answers = q
                .options
                .iter()
                .filter(|o| o.kind != OptionKind::PreferNotToSay);
            answers.min_by_key(|o| o.severity).map(|o| o.id)
        });
        if let Some(option) = calmest {
            let _ = calm.answer(q, &[option]);
        }
    }
    if calm != *a {
        let without = assess(&calm);
        let level = without.level_of_care();
        r.level_without_safety =
            if level != r.level_of_care() && level.intensity() <= Outcome::TalkToUs.intensity() {
                Outcome::TalkToUs
            } else {
                level
            };
        r.flags_without_safety = without.flags;
    }
    r
}

fn assess(a: &Answers) -> Recommendation {
    use Concern::*;
    use Dimension::*;
    use Finding::*;
    let mut f = Findings::default();

    // 1. Crisis now: any crisis answer, including thoughts of seriously harming someone now.
    let crisis = a
        .path()
        .iter()
        .any(|q| a.interrupt(q.id) == Some(Interrupt::Crisis));
    for (question, finding) in [
        ("safety-now", ThoughtsNow),
        ("safety-month", ThoughtsRecent),
        ("safety-attempt", RecentAttempt),
        ("harm-others-now", HarmOthersNow),
    ] {
        if a.chose(question, "yes") {
            f.add(finding, Emotional, High, &[question]);
        }
    }
    if a.chose_any(
        "phq-9-item-9",
        &["several-days", "more-than-half", "nearly-every-day"],
    ) {
        f.add(PassiveThoughts, Emotional, High, &["phq-9-item-9"]);
    }
    // Declining is not a "no": never an all-clear.
    let declined: Vec<&'static str> = SAFETY_QUESTIONS
        .into_iter()
        .filter(|q| a.chose(q, "prefer-not"))
        .collect();
    if !declined.is_empty() {
        f.flag(Flag::SafetyNotConfirmed);
        f.add(SafetyDeclined, Emotional, Moderate, &declined);
    }

    // 2. Medical emergency now, including too intoxicated to be safe.
    let emergency = a.interrupt("emergency-now") == Some(Interrupt::MedicalEmergency);
    if emergency {
        f.add(EmergencySigns, Withdrawal, High, &["emergency-now"]);
    }

    // 3. Medically supervised withdrawal first.
    let mut withdrawal = false;
    if a.chose("withdrawal-history", "yes") {
        withdrawal = true;
        f.add(
            SevereWithdrawalBefore,
            Withdrawal,
            High,
            &["withdrawal-history"],
        );
    }
    // Rule 3 names drinking daily or near-daily *with* a sign. AUDIT item 1 asks about the past
    // year ("4 or more times a week"); the days of use ask about the past month, so someone who
    // drank twice a week this year and every day since last month is near-daily too. "3 to 5
    // days" covers 4 and 5 (the signs are only asked of people who drink; if the days are another
    // substance's, route up). Not saying how often counts as near-daily (route up).
    let near_daily = a.chose_any("audit-1", &["4-plus-a-week", "prefer-not"])
        || a.chose("audit-3", "daily")
        || a.chose_any("use-days", &["3-5", "daily", "prefer-not"]);
    let sign = a.chose_any(
        "withdrawal-signs",
        &["shakes", "sweats", "morning-drink", "hallucinations"],
    );
    if sign && near_daily {
        withdrawal = true;
        f.add(
            WithdrawalSigns,
            Withdrawal,
            High,
            &["withdrawal-signs", "audit-1", "audit-3", "use-days"],
        );
    } else if sign {
        f.add(
            WithdrawalSignsLessOften,
            Withdrawal,
            Moderate,
            &["withdrawal-signs"],
        );
    } else if a.chose("withdrawal-signs", "felt-sick") {
        f.add(FeltSickCuttingDown, Withdrawal, Mild, &["withdrawal-signs"]);
    }
    let sedatives_not_as_prescribed =
        a.chose_any("sedatives-prescribed", &["not-as-prescribed", "prefer-not"]);
    let mut daily_sedatives = Vec::new();
    let mut some_sedatives = Vec::new();
    for kind in SEDATIVE_KINDS {
        // Pregabalin or gabapentin count on most days only beyond the prescription (rule 3).
        let counts_daily = kind != "gabapentinoid-days" || sedatives_not_as_prescribed;
        if a.chose_any(kind, &["most-days", "daily"]) && counts_daily {
            daily_sedatives.push(kind);
        } else if a.chose_any(kind, &["weekly", "most-days", "daily"]) {
            some_sedatives.push(kind);
        }
    }
    if !daily_sedatives.is_empty() {
        withdrawal = true;
        daily_sedatives.push("sedatives-prescribed");
        f.add(DailySedatives, Withdrawal, High, &daily_sedatives);
    }
    if !some_sedatives.is_empty() {
        f.add(SomeSedatives, Withdrawal, Moderate, &some_sedatives);
    }
    if a.chose("mixing", "yes") {
        withdrawal = true;
        f.add(
            MixingDepressants,
            Withdrawal,
            High,
            &["mixing", "substances"],
        );
    }
    // Near-daily use said, with the signs, a past seizure or the DTs, how often a sedative is
    // taken, or mixing not said: rule 3 may well apply and nothing says it does not. When in
    // doubt, route up, so that no one who uses every day is told a program fits and then stops
    // suddenly on their own.
    let not_said: Vec<&'static str> = ["withdrawal-signs", "withdrawal-history", "mixing"]
        .into_iter()
        .chain(SEDATIVE_KINDS)
        .filter(|q| a.chose(q, "prefer-not"))
        .collect();
    // Near-daily use, a frequency not said counting as near-daily (route up), but not for
    // someone who would not say what they use either: nothing they said points to withdrawal,
    // and rule 9 invites them to talk (the demo's Sam).
    let said_near_daily = a.chose("audit-1", "4-plus-a-week")
        || a.chose("audit-3", "daily")
        || a.chose_any("use-days", &["3-5", "daily"]);
    let near_daily_or_unsaid = if a.chose("substances", "prefer-not") {
        said_near_daily
    } else {
        near_daily
    };
    if near_daily_or_unsaid && !not_said.is_empty() && !withdrawal {
        withdrawal = true;
        let mut because = not_said;
        because.extend(["audit-1", "audit-3", "use-days"]);
        f.add(WithdrawalNotSaid, Withdrawal, High, &because);
    }
    let sedatives = a.chose("substances", "sedatives");
    if sedatives {
        f.flag(Flag::DoNotStopSuddenly);
    }
    let withdrawal_questions = [
        "emergency-now",
        "withdrawal-signs",
        "withdrawal-history",
        "sedatives-prescribed",
        "mixing",
    ];
    // Not saying what is used skips every withdrawal question: the risk is unknown too.
    if withdrawal_questions
        .iter()
        .chain(SEDATIVE_KINDS.iter())
        .chain(["substances"].iter())
        .any(|q| a.chose(q, "prefer-not"))
    {
        f.flag(Flag::WithdrawalRiskUnknown);
    }

    // 4. Opioids: never a reason to exclude. Not as prescribed (or not said): overdose safety,
    // and medication to ask about unless already on it. Taken as prescribed: not use by itself.
    let opioids = a.chose("substances", "opioids");
    let opioid_misuse = a.chose_any("opioid-use", &["not-as-prescribed", "prefer-not"]);
    let on_moud = a.chose("opioid-use", "moud");
    if opioid_misuse {
        f.flag(Flag::OverdoseSafety);
        if !on_moud {
            f.flag(Flag::AskAboutMedication);
        }
        f.add(Opioids, Withdrawal, Moderate, &["opioid-use"]);
    }
    if on_moud {
        f.flag(Flag::AlreadyOnMoud);
        f.add(OnMoud, Withdrawal, Strength, &["opioid-use"]);
    }
    if a.chose("opioid-use", "prescribed-pain") && !opioid_misuse {
        f.add(OpioidsAsPrescribed, Withdrawal, Mild, &["opioid-use"]);
    }
    if a.chose("overdose", "yes") {
        f.flag(Flag::OverdoseSafety);
        f.add(PastOverdose, Withdrawal, Moderate, &["overdose"]);
    }
    // Overdose signs now, opioids mixed with other depressants (prescribed ones too), or not
    // saying what is used at all: naloxone and the rest of overdose safety, route up.
    if a.chose("emergency-now", "overdose")
        || (opioids && a.chose("mixing", "yes"))
        || a.chose("substances", "prefer-not")
    {
        f.flag(Flag::OverdoseSafety);
    }

    // 5. Pregnancy: prompt clinician contact; with opioids or sedatives, never stop abruptly.
    if a.chose_any("pregnant", &["yes", "maybe"]) {
        f.flag(Flag::PregnancyContactPromptly);
        if opioids || sedatives {
            f.flag(Flag::DoNotStopSuddenly);
        }
        f.add(Pregnancy, Physical, Moderate, &["pregnant"]);
    }

    // 6. Psychosis (also while using or coming down), mania (either sign), harming others in
    // the past month, an untreated serious medical condition.
    let mut more_intensive = false;
    for (question, finding, dimension) in [
        ("psychosis", Psychosis, Emotional),
        ("harm-others", HarmOthers, Emotional),
        ("medical", UntreatedMedical, Physical),
    ] {
        if a.chose(question, "yes") {
            more_intensive = true;
            f.add(finding, dimension, High, &[question]);
        }
    }
    // Seeing or hearing things when cutting down is rule 6's "only while coming down", however
    // often the person drinks. It is asked over three months, so a "no" to the past month's
    // psychosis question does not undo it.
    if a.chose("withdrawal-signs", "hallucinations") {
        more_intensive = true;
        f.add(
            HallucinationsCuttingDown,
            Emotional,
            High,
            &["withdrawal-signs"],
        );
    }
    // Thoughts of harming someone now are thoughts in the past month too, and seeing or hearing
    // things now while cutting down is rule 6's "while coming down": the level of care behind
    // the crisis or emergency panel is at least rule 6's.
    if a.chose("harm-others-now", "yes") || a.chose("emergency-now", "hallucinations") {
        more_intensive = true;
    }
    if a.chose_any("mania", &["no-sleep", "racing"]) {
        more_intensive = true;
        f.add(Mania, Emotional, High, &["mania"]);
    }

    // Standard screens: a positive result is worth talking about.
    let scores = [Instrument::AuditC, Instrument::Phq2, Instrument::Gad2]
        .into_iter()
        .filter_map(|i| score(i, a))
        .collect::<Vec<_>>();
    let mut risky_drinking = false;
    for s in &scores {
        if s.band == Band::Positive {
            match s.instrument {
                Instrument::Phq2 => f.add(LowMood, Emotional, Moderate, &["phq-1", "phq-2"]),
                Instrument::Gad2 => f.add(Anxiety, Emotional, Moderate, &["gad-1", "gad-2"]),
                Instrument::AuditC => {
                    risky_drinking = true;
                    f.add(
                        RiskyDrinking,
                        Relapse,
                        Moderate,
                        &["audit-1", "audit-2", "audit-3"],
                    )
                }
                Instrument::Phq9Item9 => {}
            }
        }
    }

    // Continued use and relapse risk, each said as answered.
    let mut moderate_use = risky_drinking || opioid_misuse || a.chose("overdose", "yes") || sign;
    if sedatives_not_as_prescribed && !some_sedatives.is_empty() {
        moderate_use = true;
    }
    for (question, option, finding, concern) in [
        ("use-days", "less-than-weekly", UseLessThanWeekly, Mild),
        ("use-days", "1-2", UseWeekly, Moderate),
        ("use-days", "3-5", FrequentUse, Moderate),
        ("use-days", "daily", DailyUse, High),
        ("control", "sometimes", LossOfControlSometimes, Mild),
        ("control", "often", LossOfControlOften, Moderate),
        ("cravings", "mild", MildCravings, Mild),
        ("cravings", "strong", StrongCravings, Moderate),
        ("cravings", "very-strong", VeryStrongCravings, Moderate),
        ("problems", "some", SomeProblems, Moderate),
        ("problems", "many", ManyProblems, Moderate),
        (
            "past-treatment",
            "relapsed",
            RelapseAfterTreatment,
            Moderate,
        ),
        (
            "past-treatment",
            "stayed-well",
            StayedWellAfterTreatment,
            Strength,
        ),
    ] {
        if a.chose(question, option) {
            f.add(finding, Relapse, concern, &[question]);
            moderate_use |= concern >= Moderate;
        }
    }

    // 8. No substance use in the past year (medicine taken as prescribed does not count, "by
    // itself": an overdose in the past year does, so no one who overdosed is told this program
    // is not for them).
    let uses = a.holds(&super::questionnaire::SUBSTANCE_USE) || a.chose("overdose", "yes");
    // 7. Recovery environment: may point to a recovery residence; never a veto on IOP.
    for (question, option, finding, concern) in [
        ("home-safe", "not-always", HomeNotAlwaysSafe, Moderate),
        ("home-safe", "no", UnsafeHome, High),
        ("home-use", "yes", UseAtHome, Moderate),
        ("housing", "unsure", HousingUnsure, Moderate),
        ("housing", "no", NoStableHousing, High),
    ] {
        if a.chose(question, option) {
            if uses {
                f.flag(Flag::RecoveryResidence);
            } else if question == "home-safe" {
                f.flag(Flag::HomeSafety);
            }
            f.add(finding, Environment, concern, &[question]);
        }
    }
    if a.chose("support", "not-really") {
        f.add(LittleSupport, Environment, Moderate, &["support"]);
    }

    // Readiness and practical fit: these shape what the result says, and keep a person from
    // being told less may be enough (rule 10); they never raise the level above IOP.
    let cannot_attend = a.chose("hours", "no");
    if cannot_attend {
        f.add(CannotAttend, Readiness, Moderate, &["hours"]);
    } else if a.chose("hours", "with-changes") {
        f.add(HoursWithChanges, Readiness, Mild, &["hours"]);
    }
    let barriers = a.chose_any("barriers", &["work", "transport", "childcare", "cost"]);
    if barriers {
        f.add(PracticalBarriers, Readiness, Moderate, &["barriers"]);
    }
    if cannot_attend || barriers {
        f.flag(Flag::ScheduleHelp);
    }
    for (question, low, high) in [
        ("importance", NotSureChangeMatters, ChangeMatters),
        ("confidence", LowConfidence, Confident),
    ] {
        if a.chose_any(question, &["0", "1", "2", "3"]) {
            f.add(low, Readiness, Moderate, &[question]);
        } else if a.chose_any(question, &["7", "8", "9", "10"]) {
            f.add(high, Readiness, Strength, &[question]);
        }
    }

    // Unanswered risk questions leave risk unknown: never the lowest level, and "talk to us"
    // when more than half are unanswered (rule 9).
    let path = a.path();
    let risk: Vec<_> = path.iter().filter(|q| q.about_risk).collect();
    let unanswered: Vec<&'static str> = risk
        .iter()
        .filter(|q| a.chose(q.id, "prefer-not"))
        .map(|q| q.id)
        .collect();
    let mostly_unanswered = unanswered.len() * 2 > risk.len();
    if mostly_unanswered {
        f.add(MostlyUnanswered, Relapse, Moderate, &unanswered);
    } else if let Some(first) = unanswered
        .first()
        .and_then(|q| risk.iter().find(|r| r.id == *q))
    {
        f.add(Unanswered, first.dimension, Moderate, &unanswered);
    }

    // 10. Lower level: some use, every risk question answered, nothing above mild, a safe home.
    let safe_home =
        a.chose("home-safe", "yes") && a.chose("housing", "stable") && a.chose("home-use", "no");
    let lower = uses && unanswered.is_empty() && !f.above_mild() && safe_home;

    // What the answers in the person's favour are, so the result is not only a list of worries.
    if safe_home {
        f.add(
            SafeStableHome,
            Environment,
            Strength,
            &["home-safe", "housing", "home-use"],
        );
    }
    if a.chose("support", "yes") {
        f.add(Support, Environment, Strength, &["support"]);
    }
    if !uses {
        if a.chose("substances", "none") {
            f.add(NoUse, Relapse, Strength, &["substances"]);
        } else {
            f.add(
                OnlyAsPrescribed,
                Relapse,
                Strength,
                &["substances", "opioid-use", "sedatives-prescribed"],
            );
        }
    } else if lower {
        f.add(
            LowRiskAnswers,
            Relapse,
            Strength,
            &["use-days", "control", "cravings", "problems"],
        );
    }

    // First match wins, in CLINICAL.md's order.
    let level_of_care = if withdrawal {
        Outcome::WithdrawalFirst
    } else if more_intensive {
        Outcome::MoreIntensive
    } else if !uses {
        Outcome::NotSubstanceUse
    } else if mostly_unanswered {
        Outcome::TalkToUs
    } else if lower {
        Outcome::LessIntensive
    } else if moderate_use {
        Outcome::IopFit
    } else {
        // Some use, but something other than use itself is above mild (mood, home, a question
        // left unanswered): neither IOP nor less. When in doubt, a conversation (route up).
        Outcome::TalkToUs
    };
    let outcome = if crisis {
        Outcome::Crisis
    } else if emergency {
        Outcome::MedicalEmergency
    } else {
        level_of_care
    };
    let mut flags = f.flags;
    crate::core::order::sort_by(&mut flags, Ord::cmp);
    flags.dedup();
    Recommendation {
        outcome,
        then: outcome.is_urgent().then_some(level_of_care),
        flags_without_safety: flags.clone(),
        flags,
        reasons: f.reasons,
        scores,
        cannot_attend,
        uses,
        level_without_safety: level_of_care,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_are_ordered_by_intensity_and_talk_to_us_is_never_below_iop() {
        for pair in Outcome::ALL.windows(2) {
            assert!(pair[0].intensity() <= pair[1].intensity(), "{pair:?}");
        }
        assert!(Outcome::TalkToUs.intensity() >= Outcome::IopFit.intensity());
        assert!(Outcome::NotSubstanceUse.intensity() < Outcome::LessIntensive.intensity());
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<_> = Outcome::ALL.iter().map(|o| o.id()).collect();
        ids.extend(Flag::ALL.iter().map(|f| f.id()));
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}
