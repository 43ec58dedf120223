//! CLINICAL.md section 2 as code: answers in, a recommended level of care out, with its reasons.
//!
//! Every fact below only ever turns *on* as an answer gets more severe, and the outcome is the
//! most intensive rule whose facts hold; the lowest level needs every risk fact to be off and
//! every risk question answered. That is what makes the outcome monotonic, and why a
//! "prefer not to say" can never lower it.

use super::answers::Answers;
use super::instruments::{score, Band, Score};
use super::questionnaire::{Dimension, Instrument, Interrupt};

/// Recommended level of care, from least to most urgent. The order is the rules' priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// Standard outpatient or a brief check-in may be enough.
    LessIntensive,
    /// An intensive outpatient program looks like a good fit.
    IopFit,
    /// A more intensive level of care (partial hospitalisation, residential) is likely needed.
    MoreIntensive,
    /// Medically supervised withdrawal first; IOP may follow.
    WithdrawalFirst,
    MedicalEmergency,
    Crisis,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::LessIntensive,
        Outcome::IopFit,
        Outcome::MoreIntensive,
        Outcome::WithdrawalFirst,
        Outcome::MedicalEmergency,
        Outcome::Crisis,
    ];

    /// Stable id: the DOM's `data-outcome` and the host event's detail.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::LessIntensive => "less-intensive",
            Outcome::IopFit => "iop-fit",
            Outcome::MoreIntensive => "more-intensive",
            Outcome::WithdrawalFirst => "withdrawal-first",
            Outcome::MedicalEmergency => "medical-emergency",
            Outcome::Crisis => "crisis",
        }
    }

    /// Crisis and emergency come before any level of care.
    pub fn is_urgent(self) -> bool {
        self >= Outcome::MedicalEmergency
    }
}

/// Something to raise with the clinic, shown beside the outcome whatever it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flag {
    /// Opioids: ask about medication for opioid use disorder.
    AskAboutMedication,
    /// Pregnancy: contact the clinic promptly.
    PregnancyContactPromptly,
    /// Sedatives, or opioids in pregnancy: do not stop suddenly.
    DoNotStopSuddenly,
    /// Home or housing: residential care or a recovery residence may help.
    RecoveryResidence,
    /// A safety question was not answered.
    SafetyNotConfirmed,
    /// A withdrawal question was not answered.
    WithdrawalRiskUnknown,
    /// Hours or practical barriers: ask about schedules and support.
    ScheduleHelp,
}

impl Finding {
    pub const ALL: [Finding; 36] = [
        Finding::ThoughtsNow,
        Finding::ThoughtsRecent,
        Finding::RecentAttempt,
        Finding::EmergencySigns,
        Finding::SevereWithdrawalBefore,
        Finding::WithdrawalSigns,
        Finding::DailySedatives,
        Finding::SomeSedatives,
        Finding::MixingDepressants,
        Finding::Opioids,
        Finding::Pregnancy,
        Finding::UntreatedMedical,
        Finding::Psychosis,
        Finding::Mania,
        Finding::HarmOthers,
        Finding::LowMood,
        Finding::Anxiety,
        Finding::RiskyDrinking,
        Finding::FrequentUse,
        Finding::LossOfControl,
        Finding::StrongCravings,
        Finding::UseProblems,
        Finding::RelapseAfterTreatment,
        Finding::UnsafeHome,
        Finding::UseAtHome,
        Finding::UnstableHousing,
        Finding::LittleSupport,
        Finding::HoursHard,
        Finding::PracticalBarriers,
        Finding::NotSureChangeMatters,
        Finding::ChangeMatters,
        Finding::SafeStableHome,
        Finding::Support,
        Finding::LowRiskAnswers,
        Finding::NoUse,
        Finding::Unanswered,
    ];
}

impl Flag {
    pub const ALL: [Flag; 7] = [
        Flag::AskAboutMedication,
        Flag::PregnancyContactPromptly,
        Flag::DoNotStopSuddenly,
        Flag::RecoveryResidence,
        Flag::SafetyNotConfirmed,
        Flag::WithdrawalRiskUnknown,
        Flag::ScheduleHelp,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Flag::AskAboutMedication => "ask-about-medication",
            Flag::PregnancyContactPromptly => "pregnancy",
            Flag::DoNotStopSuddenly => "do-not-stop-suddenly",
            Flag::RecoveryResidence => "recovery-residence",
            Flag::SafetyNotConfirmed => "safety-not-confirmed",
            Flag::WithdrawalRiskUnknown => "withdrawal-risk-unknown",
            Flag::ScheduleHelp => "schedule-help",
        }
    }
}

/// How much a reason weighs in its dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Concern {
    /// Something in the person's favour.
    Strength,
    Moderate,
    High,
}

/// Why the outcome is what it is: one finding, the dimension it belongs to, and the questions
/// whose answers led to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Finding {
    ThoughtsNow,
    ThoughtsRecent,
    RecentAttempt,
    EmergencySigns,
    SevereWithdrawalBefore,
    WithdrawalSigns,
    DailySedatives,
    SomeSedatives,
    MixingDepressants,
    Opioids,
    Pregnancy,
    UntreatedMedical,
    Psychosis,
    Mania,
    HarmOthers,
    LowMood,
    Anxiety,
    RiskyDrinking,
    FrequentUse,
    LossOfControl,
    StrongCravings,
    UseProblems,
    RelapseAfterTreatment,
    UnsafeHome,
    UseAtHome,
    UnstableHousing,
    LittleSupport,
    HoursHard,
    PracticalBarriers,
    NotSureChangeMatters,
    ChangeMatters,
    SafeStableHome,
    Support,
    LowRiskAnswers,
    NoUse,
    Unanswered,
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
}

impl Recommendation {
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
}

/// Collects reasons as the rules find them.
struct Findings {
    reasons: Vec<Reason>,
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

    /// Any concern about risk; readiness and practical fit describe circumstances, not risk.
    fn any_risk(&self) -> bool {
        self.reasons
            .iter()
            .any(|r| r.concern >= Concern::Moderate && r.dimension != Dimension::Readiness)
    }
}

/// Applies CLINICAL.md section 2 to the answers (first match wins; when in doubt, route up).
pub fn recommend(a: &Answers) -> Recommendation {
    use Concern::*;
    use Dimension::*;
    use Finding::*;
    let mut f = Findings {
        reasons: Vec::new(),
    };
    let mut flags = Vec::new();

    // 1. Crisis now.
    let crisis = a
        .path()
        .iter()
        .any(|q| a.interrupt(q.id) == Some(Interrupt::Crisis));
    if a.chose("safety-now", "yes") {
        f.add(ThoughtsNow, Emotional, High, &["safety-now"]);
    }
    if a.chose("safety-month", "yes") {
        f.add(ThoughtsRecent, Emotional, High, &["safety-month"]);
    }
    if a.chose("safety-attempt", "yes") {
        f.add(RecentAttempt, Emotional, High, &["safety-attempt"]);
    }
    if ["safety-now", "safety-month", "safety-attempt"]
        .iter()
        .any(|q| a.chose(q, "prefer-not"))
    {
        flags.push(Flag::SafetyNotConfirmed);
    }

    // 2. Medical emergency now.
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
    // Shakes, sweats or a morning drink when cutting down are withdrawal signs; the rule names
    // daily heavy drinking, but these signs are enough to route up.
    if a.chose("alcohol-shakes", "yes") {
        withdrawal = true;
        f.add(
            WithdrawalSigns,
            Withdrawal,
            High,
            &["alcohol-shakes", "audit-1"],
        );
    }
    if a.chose_any("sedative-days", &["most-days", "daily"]) {
        withdrawal = true;
        f.add(DailySedatives, Withdrawal, High, &["sedative-days"]);
    } else if a.chose("sedative-days", "weekly") {
        f.add(SomeSedatives, Withdrawal, Moderate, &["sedative-days"]);
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
    if a.chose("substances", "sedatives") {
        flags.push(Flag::DoNotStopSuddenly);
    }
    let withdrawal_questions = [
        "emergency-now",
        "alcohol-shakes",
        "withdrawal-history",
        "sedative-days",
        "mixing",
    ];
    if withdrawal_questions
        .iter()
        .any(|q| a.chose(q, "prefer-not"))
    {
        flags.push(Flag::WithdrawalRiskUnknown);
    }

    // 4. Opioids: never a reason to exclude; always mention medication.
    let opioids = a.chose("substances", "opioids");
    if opioids {
        flags.push(Flag::AskAboutMedication);
        f.add(Opioids, Withdrawal, Moderate, &["substances"]);
    }

    // 5. Pregnancy: prompt clinician contact; with opioids, never stop abruptly.
    if a.chose_any("pregnant", &["yes", "maybe"]) {
        flags.push(Flag::PregnancyContactPromptly);
        if opioids {
            flags.push(Flag::DoNotStopSuddenly);
        }
        f.add(Pregnancy, Physical, Moderate, &["pregnant"]);
    }

    // 6. Psychosis, mania, harming others, untreated serious medical condition.
    let mut more_intensive = false;
    for (question, finding, dimension) in [
        ("psychosis", Psychosis, Emotional),
        ("mania", Mania, Emotional),
        ("harm-others", HarmOthers, Emotional),
        ("medical", UntreatedMedical, Physical),
    ] {
        if a.chose(question, "yes") {
            more_intensive = true;
            f.add(finding, dimension, High, &[question]);
        }
    }

    // Mental health screens: positive results call for more than a brief check-in.
    let scores = [Instrument::AuditC, Instrument::Phq2, Instrument::Gad2]
        .into_iter()
        .filter_map(|i| score(i, a))
        .collect::<Vec<_>>();
    for s in &scores {
        if s.band == Band::Positive {
            match s.instrument {
                Instrument::Phq2 => f.add(LowMood, Emotional, Moderate, &["phq-1", "phq-2"]),
                Instrument::Gad2 => f.add(Anxiety, Emotional, Moderate, &["gad-1", "gad-2"]),
                Instrument::AuditC => f.add(
                    RiskyDrinking,
                    Relapse,
                    Moderate,
                    &["audit-1", "audit-2", "audit-3"],
                ),
            }
        }
    }

    // Continued use and relapse risk.
    if a.chose_any("use-days", &["3-5", "daily"]) {
        f.add(
            FrequentUse,
            Relapse,
            if a.chose("use-days", "daily") {
                High
            } else {
                Moderate
            },
            &["use-days"],
        );
    }
    if a.chose_any("control", &["sometimes", "often"]) {
        f.add(LossOfControl, Relapse, Moderate, &["control"]);
    }
    if a.chose_any("cravings", &["strong", "very-strong"]) {
        f.add(StrongCravings, Relapse, Moderate, &["cravings"]);
    }
    if a.chose_any("problems", &["some", "many"]) {
        f.add(UseProblems, Relapse, Moderate, &["problems"]);
    }
    if a.chose("past-treatment", "relapsed") {
        f.add(
            RelapseAfterTreatment,
            Relapse,
            Moderate,
            &["past-treatment"],
        );
    }

    // 7. Recovery environment: may point to a recovery residence; never a veto on IOP.
    let mut home = false;
    if a.chose_any("home-safe", &["not-always", "no"]) {
        home = true;
        f.add(
            UnsafeHome,
            Environment,
            if a.chose("home-safe", "no") {
                High
            } else {
                Moderate
            },
            &["home-safe"],
        );
    }
    if a.chose("home-use", "yes") {
        home = true;
        f.add(UseAtHome, Environment, Moderate, &["home-use"]);
    }
    if a.chose_any("housing", &["unsure", "no"]) {
        home = true;
        f.add(
            UnstableHousing,
            Environment,
            if a.chose("housing", "no") {
                High
            } else {
                Moderate
            },
            &["housing"],
        );
    }
    if home {
        flags.push(Flag::RecoveryResidence);
    }
    if a.chose("support", "not-really") {
        f.add(LittleSupport, Environment, Moderate, &["support"]);
    }

    // Readiness and practical fit: these shape the conversation, never the level of care.
    if a.chose_any("hours", &["with-changes", "no"]) {
        f.add(HoursHard, Readiness, Moderate, &["hours"]);
    }
    if a.chose_any("barriers", &["work", "transport", "childcare", "cost"]) {
        f.add(PracticalBarriers, Readiness, Moderate, &["barriers"]);
    }
    if a.chose_any("hours", &["no"])
        || a.chose_any("barriers", &["work", "transport", "childcare", "cost"])
    {
        flags.push(Flag::ScheduleHelp);
    }
    if a.chose_any("importance", &["0", "1", "2", "3"]) {
        f.add(NotSureChangeMatters, Readiness, Moderate, &["importance"]);
    } else if a.chose_any("importance", &["7", "8", "9", "10"]) {
        f.add(ChangeMatters, Readiness, Strength, &["importance"]);
    }

    // Unanswered risk questions leave risk unknown: never the lowest level.
    let unanswered: Vec<_> = a
        .path()
        .into_iter()
        .filter(|q| q.about_risk && a.chose(q.id, "prefer-not"))
        .collect();
    if let Some(first) = unanswered.first() {
        let ids: Vec<_> = unanswered.iter().map(|q| q.id).collect();
        f.add(Unanswered, first.dimension, Moderate, &ids);
    }

    // 8. Lower level: only with no risk found, every risk question answered and a stable home.
    let lower = !f.any_risk() && !crisis && !emergency && !withdrawal && !more_intensive;

    // What the answers in the person's favour are, so the result is not only a list of worries.
    if a.chose("home-safe", "yes") && a.chose("housing", "stable") && a.chose("home-use", "no") {
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
    if lower {
        if a.chose("substances", "none") {
            f.add(NoUse, Relapse, Strength, &["substances"]);
        } else {
            f.add(
                LowRiskAnswers,
                Relapse,
                Strength,
                &["use-days", "control", "cravings", "problems"],
            );
        }
    }

    let level_of_care = if withdrawal {
        Outcome::WithdrawalFirst
    } else if more_intensive {
        Outcome::MoreIntensive
    } else if lower {
        Outcome::LessIntensive
    } else {
        // 9. Otherwise: IOP looks like a good fit.
        Outcome::IopFit
    };
    let outcome = if crisis {
        Outcome::Crisis
    } else if emergency {
        Outcome::MedicalEmergency
    } else {
        level_of_care
    };
    flags.sort();
    flags.dedup();
    Recommendation {
        outcome,
        then: outcome.is_urgent().then_some(level_of_care),
        flags,
        reasons: f.reasons,
        scores,
    }
}
