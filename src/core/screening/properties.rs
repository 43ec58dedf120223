//! The properties CLINICAL.md section 2 (revision 2) requires "for every combination of answers":
//! over random combinations (proptest), exhaustively over every single answer and every pair of
//! answers from two baselines, and as a table of clinical vignettes.

use proptest::prelude::*;

use super::questionnaire::{
    question, Condition, Interrupt, OptionKind, Selection, QUESTIONS, SAFETY_QUESTIONS,
};
use super::session::{Action, Position, Progress, Session, Step};
use super::*;

/// Builds a complete set of answers (one for every question, asked or not) from seeds.
pub(crate) fn answers_from(seeds: &[u64]) -> Answers {
    let mut a = Answers::default();
    for (q, seed) in QUESTIONS.iter().zip(seeds) {
        let answers: Vec<&str> = q
            .options
            .iter()
            .filter(|o| o.kind == OptionKind::Answer)
            .map(|o| o.id)
            .collect();
        let special = |kind| q.options.iter().find(|o| o.kind == kind).map(|o| o.id);
        let chosen: Vec<&str> = match (q.selection, seed % 8) {
            (_, 0) if special(OptionKind::PreferNotToSay).is_some() => {
                vec![special(OptionKind::PreferNotToSay).unwrap()]
            }
            (Selection::Many, 1) if special(OptionKind::NoneOfThese).is_some() => {
                vec![special(OptionKind::NoneOfThese).unwrap()]
            }
            (Selection::Many, _) => {
                let picked: Vec<&str> = answers
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| seed >> (8 + i) & 1 == 1)
                    .map(|(_, id)| *id)
                    .collect();
                if picked.is_empty() {
                    vec![answers[(seed >> 4) as usize % answers.len()]]
                } else {
                    picked
                }
            }
            (Selection::One, _) => vec![answers[(seed >> 4) as usize % answers.len()]],
        };
        a.answer(q.id, &chosen).unwrap();
    }
    a
}

pub(crate) fn seeds() -> impl Strategy<Value = Vec<u64>> {
    prop::collection::vec(any::<u64>(), QUESTIONS.len())
}

fn intensity(r: &Recommendation) -> u8 {
    r.outcome.intensity()
}

fn level(r: &Recommendation) -> u8 {
    r.level_of_care().intensity()
}

/// Every answer to `q` that is strictly more severe than `current` (prefer-not-to-say excluded).
fn more_severe(q: &Question, current: &[String]) -> Vec<Vec<&'static str>> {
    let is = |id: &str, kind| q.option(id).is_some_and(|o| o.kind == kind);
    if current.is_empty() || current.iter().any(|c| is(c, OptionKind::PreferNotToSay)) {
        return vec![];
    }
    match q.selection {
        Selection::One => {
            let now = q.option(&current[0]).unwrap().severity;
            q.options
                .iter()
                .filter(|o| o.kind == OptionKind::Answer && o.severity > now)
                .map(|o| vec![o.id])
                .collect()
        }
        Selection::Many => {
            // Adding one more option of concern, or choosing one instead of "none of these".
            let kept: Vec<&'static str> = q
                .options
                .iter()
                .filter(|o| current.iter().any(|c| c == o.id) && o.kind == OptionKind::Answer)
                .map(|o| o.id)
                .collect();
            q.options
                .iter()
                .filter(|o| o.kind == OptionKind::Answer && o.severity > 0 && !kept.contains(&o.id))
                .map(|o| {
                    let mut more = kept.clone();
                    more.push(o.id);
                    more
                })
                .collect()
        }
    }
}

/// Rule 3's red flags, restated from CLINICAL.md rather than read from `rules.rs`.
fn red_flag(a: &Answers) -> bool {
    let near_daily = a.chose_any("audit-1", &["4-plus-a-week", "prefer-not"])
        || a.chose("audit-3", "daily")
        || a.chose_any("use-days", &["3-5", "daily", "prefer-not"]);
    let sign = a.chose_any(
        "withdrawal-signs",
        &["shakes", "sweats", "morning-drink", "hallucinations"],
    );
    let beyond_prescription =
        a.chose_any("sedatives-prescribed", &["not-as-prescribed", "prefer-not"]);
    let most_days = |q| a.chose_any(q, &["most-days", "daily"]);
    a.chose("withdrawal-history", "yes")
        || (sign && near_daily)
        || [
            "benzodiazepine-days",
            "z-drug-days",
            "barbiturate-days",
            "ghb-days",
        ]
        .into_iter()
        .any(most_days)
        || (most_days("gabapentinoid-days") && beyond_prescription)
        || a.chose("mixing", "yes")
}

/// When in doubt, route up: near-daily use (or how often not said), and the withdrawal signs, a
/// past seizure, how often a sedative is taken, or mixing not.
fn withdrawal_not_said(a: &Answers) -> bool {
    // A frequency not said counts (route up), unless what is used was not said either.
    let unsaid: &[&str] = if a.chose("substances", "prefer-not") {
        &[]
    } else {
        &["prefer-not"]
    };
    let near_daily = a.chose("audit-1", "4-plus-a-week")
        || a.chose_any("audit-1", unsaid)
        || a.chose("audit-3", "daily")
        || a.chose_any("use-days", &["3-5", "daily"])
        || a.chose_any("use-days", unsaid);
    let questions = ["withdrawal-signs", "withdrawal-history", "mixing"];
    let sedatives = [
        "benzodiazepine-days",
        "z-drug-days",
        "barbiturate-days",
        "ghb-days",
        "gabapentinoid-days",
    ];
    near_daily
        && questions
            .iter()
            .chain(&sedatives)
            .any(|q| a.chose(q, "prefer-not"))
}

/// Some substance use in the past year, restated: not counting medicine taken as prescribed
/// unless there was an overdose (rule 4: "not substance use by themselves").
fn some_use(a: &Answers) -> bool {
    a.chose("overdose", "yes")
        || a.chose_any(
            "substances",
            &["alcohol", "cannabis", "stimulants", "other", "prefer-not"],
        )
        || a.chose_any("opioid-use", &["moud", "not-as-prescribed", "prefer-not"])
        || a.chose_any("sedatives-prescribed", &["not-as-prescribed", "prefer-not"])
}

/// Rule 11's moderate findings about substance use.
const MODERATE_USE: [Finding; 15] = [
    Finding::UseWeekly,
    Finding::FrequentUse,
    Finding::DailyUse,
    Finding::RiskyDrinking,
    Finding::LossOfControlOften,
    Finding::StrongCravings,
    Finding::VeryStrongCravings,
    Finding::SomeProblems,
    Finding::ManyProblems,
    Finding::RelapseAfterTreatment,
    Finding::Opioids,
    Finding::PastOverdose,
    Finding::WithdrawalSignsLessOften,
    Finding::SomeSedatives,
    Finding::WithdrawalSigns,
];

/// Every property of CLINICAL.md section 2 that a single set of answers can show.
fn check_answers(a: &Answers) -> Result<(), String> {
    let r = recommend(a);
    let fail = |what: &str| Err(format!("{what}: {r:?}"));
    let crisis_answer = a
        .path()
        .iter()
        .any(|q| a.interrupt(q.id) == Some(Interrupt::Crisis));
    if crisis_answer != (r.outcome == Outcome::Crisis) {
        return fail("crisis exactly when a crisis answer was given");
    }
    if red_flag(a) && r.level_of_care() != Outcome::WithdrawalFirst {
        return fail("a withdrawal red flag yields withdrawal-first");
    }
    if red_flag(a) && r.outcome.intensity() < Outcome::WithdrawalFirst.intensity() {
        return fail("a withdrawal red flag is never below withdrawal-first");
    }
    if withdrawal_not_said(a) && r.level_of_care() != Outcome::WithdrawalFirst {
        return fail("near-daily use with the withdrawal signs or history not said routes up");
    }
    let level = r.level_of_care();
    if matches!(level, Outcome::IopFit | Outcome::LessIntensive) && !some_use(a) {
        return fail("IOP fits and lower level require some substance use");
    }
    if level == Outcome::IopFit && !MODERATE_USE.iter().any(|f| r.has_finding(*f)) {
        return fail("IOP fits only with a moderate finding about substance use");
    }
    if !some_use(a)
        && level.intensity() < Outcome::MoreIntensive.intensity()
        && level != Outcome::NotSubstanceUse
    {
        return fail("no use in the past year: not a substance-use program");
    }
    let declined = SAFETY_QUESTIONS.iter().any(|q| a.chose(q, "prefer-not"));
    if declined != r.has_flag(Flag::SafetyNotConfirmed) {
        return fail("a declined safety question carries 'safety not confirmed'");
    }
    if declined && level == Outcome::LessIntensive {
        return fail("a declined safety question never reads as an all-clear");
    }
    let risk: Vec<_> = a.path().into_iter().filter(|q| q.about_risk).collect();
    let unanswered = risk.iter().filter(|q| a.chose(q.id, "prefer-not")).count();
    if unanswered * 2 > risk.len()
        && some_use(a)
        && level.intensity() < Outcome::MoreIntensive.intensity()
        && level != Outcome::TalkToUs
    {
        return fail("more than half unanswered: talk to us");
    }
    if level == Outcome::LessIntensive && unanswered > 0 {
        return fail("lower level needs every risk question answered");
    }
    let misuse = a.chose_any("opioid-use", &["not-as-prescribed", "prefer-not"]);
    if misuse && !r.has_flag(Flag::OverdoseSafety) {
        return fail("opioids not as prescribed get overdose safety");
    }
    let moud = a.chose("opioid-use", "moud");
    if moud != r.has_flag(Flag::AlreadyOnMoud) || (moud && r.has_flag(Flag::AskAboutMedication)) {
        return fail("someone on methadone or buprenorphine is told to keep taking it, not to ask");
    }
    if misuse && !moud && !r.has_flag(Flag::AskAboutMedication) {
        return fail("opioids not as prescribed: ask about medication");
    }
    if r.uses != some_use(a) {
        return fail("the result knows whether any substance use was reported");
    }
    if !some_use(a) && (r.has_flag(Flag::RecoveryResidence) || r.has_flag(Flag::ScheduleHelp)) {
        return fail("no use: no recovery residence or program hours suggested (rule 8)");
    }
    if r.cannot_attend != a.chose("hours", "no") {
        return fail("cannot attend is said exactly when the person said so");
    }
    if r.then.is_some() != r.outcome.is_urgent() {
        return fail("a crisis or emergency says what comes once safe");
    }
    if r.outcome == Outcome::IopFit && r.reasons.is_empty() {
        return fail("an outcome comes with its reasons");
    }
    Ok(())
}

/// Walks the questionnaire through the screen's reducer as a person would, answering from
/// `full`, and checks that every crisis, emergency or declined safety answer shows its panel
/// before the next question. Returns the final answers.
fn walk(full: &Answers) -> Result<Answers, String> {
    let mut s = Session::resume(Progress::default());
    s.apply(Action::Begin);
    let mut last: Option<Step> = None;
    for _ in 0..=QUESTIONS.len() * 2 {
        match s.position {
            Position::Question(id) => {
                // Progress only moves forward: one more question, never more in all.
                let step = s.step().ok_or(format!("{id} has no place"))?;
                if let Some(last) = last {
                    if step.number != last.number + 1 || step.at_most > last.at_most {
                        return Err(format!("{id}: progress went from {last:?} to {step:?}"));
                    }
                }
                if step.sure && step.at_most < s.progress.answers.path().len() {
                    return Err(format!("{id}: {step:?} is sure but the path is longer"));
                }
                last = Some(step);
                let chosen: Vec<String> = full.chosen(id).to_vec();
                s.apply(Action::Answer {
                    question: id,
                    chosen: chosen.clone(),
                });
                let q = question(id).unwrap();
                let expected = chosen
                    .iter()
                    .filter_map(|c| q.option(c))
                    .find_map(|o| o.interrupt);
                match (expected, s.position) {
                    (Some(kind), Position::Interrupt { after, kind: shown })
                        if after == id && shown == kind => {}
                    (None, Position::Interrupt { .. }) => {
                        return Err(format!("{id}: a panel nobody asked for"))
                    }
                    (Some(kind), position) => {
                        return Err(format!("{id}: {kind:?} not shown at once ({position:?})"))
                    }
                    _ => {}
                }
                let declined_panel = matches!(
                    s.position,
                    Position::Interrupt {
                        kind: Interrupt::SafetyDeclined,
                        ..
                    }
                );
                if q.is_safety() && chosen == ["prefer-not"] && !declined_panel {
                    return Err(format!("{id} declined without the crisis contacts"));
                }
            }
            Position::Interrupt { .. } => s.apply(Action::Continue),
            Position::Result => {
                let asked = s.progress.answers.path().len();
                if last.is_some_and(|l| l.number != asked || l.at_most < asked) {
                    return Err(format!("{asked} asked, the last question showed {last:?}"));
                }
                return Ok(s.progress.answers);
            }
            Position::Intro => return Err("back at the intro".into()),
        }
    }
    Err("the questionnaire did not end".into())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn a_crisis_answer_always_yields_the_crisis_outcome(seeds in seeds(), which in 0usize..6) {
        let mut a = answers_from(&seeds);
        let (q, o) = [
            ("safety-now", "yes"),
            ("safety-month", "yes"),
            ("safety-attempt", "yes"),
            ("harm-others-now", "yes"),
            ("phq-9-item-9", "several-days"),
            ("phq-9-item-9", "nearly-every-day"),
        ][which];
        a.answer(q, &[o]).unwrap();
        prop_assert_eq!(recommend(&a).outcome, Outcome::Crisis);
    }

    #[test]
    fn a_summary_without_the_safety_block_says_nothing_only_safety_answers_could(seeds in seeds()) {
        let a = answers_from(&seeds);
        let full = recommend(&a);
        let shared = full.without_safety_block();
        prop_assert!(!shared.outcome.is_urgent());
        prop_assert!(shared.reasons.iter().all(|r| !r.finding.from_safety_block()));
        prop_assert!(!shared.has_flag(Flag::SafetyNotConfirmed));
        // The level of care the other answers point to, with every safety question at its calmest
        // answer: a level raised only by a safety answer would give that answer away.
        let mut calm = a.clone();
        for (q, o) in [("safety-now", "no"), ("phq-9-item-9", "not-at-all"), ("safety-month", "no"),
            ("safety-attempt", "no"), ("harm-others-now", "no"), ("emergency-now", "none")] {
            calm.answer(q, &[o]).unwrap();
        }
        let calm = recommend(&calm);
        // Never below what the other answers alone support; where a safety answer raised the
        // level, never below "talk to us" (route up, never down, and nothing given away).
        prop_assert!(shared.outcome.intensity() >= calm.level_of_care().intensity());
        if calm.level_of_care() != full.level_of_care() {
            prop_assert!(shared.outcome.intensity() >= Outcome::TalkToUs.intensity());
        } else {
            prop_assert_eq!(shared.outcome, calm.level_of_care());
        }
        // No flag only a safety answer raised.
        prop_assert_eq!(&shared.flags, &calm.flags);
        // What the safety answers alone decide is exactly what is left out.
        let asked_without = recommend(&a.without_safety());
        prop_assert!(asked_without.reasons.iter().all(|r| !r.finding.from_safety_block()));
    }

    #[test]
    fn every_property_holds_for_any_answers(seeds in seeds()) {
        let a = answers_from(&seeds);
        check_answers(&a).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn a_more_severe_answer_never_lowers_the_outcome(seeds in seeds()) {
        let a = answers_from(&seeds);
        let before = recommend(&a);
        for q in QUESTIONS {
            for more in more_severe(q, a.chosen(q.id)) {
                let mut b = a.clone();
                b.answer(q.id, &more).unwrap();
                let after = recommend(&b);
                prop_assert!(intensity(&after) >= intensity(&before), "{} -> {:?}: {:?} fell to {:?}", q.id, more, before.outcome, after.outcome);
                prop_assert!(level(&after) >= level(&before), "{} -> {:?}: level {:?} fell to {:?}", q.id, more, before.level_of_care(), after.level_of_care());
            }
        }
    }

    #[test]
    fn prefer_not_to_say_never_lowers_the_outcome(seeds in seeds()) {
        let a = answers_from(&seeds);
        for q in QUESTIONS.iter().filter(|q| q.option("prefer-not").is_some()) {
            let least = q.options.iter().filter(|o| o.kind != OptionKind::PreferNotToSay).min_by_key(|o| o.severity).unwrap();
            let mut answered = a.clone();
            answered.answer(q.id, &[least.id]).unwrap();
            let mut unanswered = a.clone();
            unanswered.answer(q.id, &["prefer-not"]).unwrap();
            let (with, without) = (recommend(&unanswered), recommend(&answered));
            prop_assert!(intensity(&with) >= intensity(&without), "{}: {:?} < {:?}", q.id, with.outcome, without.outcome);
            prop_assert!(level(&with) >= level(&without), "{}: level {:?} < {:?}", q.id, with.level_of_care(), without.level_of_care());
        }
    }

    #[test]
    fn every_path_ends_in_an_outcome_and_every_panel_shows_before_the_next_question(seeds in seeds()) {
        let full = answers_from(&seeds);
        let answered = walk(&full).map_err(TestCaseError::fail)?;
        prop_assert!(answered.next_unanswered().is_none());
        let r = recommend(&answered);
        prop_assert!(Outcome::ALL.contains(&r.outcome));
        check_answers(&answered).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn every_question_offers_prefer_not_to_say() {
    // The intro promises it for every question.
    for q in QUESTIONS {
        assert!(q.option("prefer-not").is_some(), "{} has none", q.id);
    }
}

#[test]
fn the_questionnaire_is_well_formed() {
    let mut seen: Vec<&str> = Vec::new();
    for q in QUESTIONS {
        assert!(!seen.contains(&q.id), "duplicate question {}", q.id);
        assert!(q.options.len() >= 2, "{} needs options", q.id);
        let mut option_ids: Vec<&str> = q.options.iter().map(|o| o.id).collect();
        option_ids.sort();
        option_ids.dedup();
        assert_eq!(
            option_ids.len(),
            q.options.len(),
            "duplicate option in {}",
            q.id
        );
        // A many-choice question asked of everyone needs a way to say "none of these".
        if q.selection == Selection::Many && q.asked_if == Condition::Always {
            assert!(
                q.option("none").is_some(),
                "{} needs a 'none of these'",
                q.id
            );
        }
        if q.options.iter().any(|o| o.interrupt.is_some()) {
            assert!(
                q.is_safety(),
                "{} interrupts but is not a safety question",
                q.id
            );
        }
        if q.is_safety() {
            assert_eq!(
                seen.len(),
                SAFETY_QUESTIONS.iter().position(|s| *s == q.id).unwrap(),
                "safety questions come first, in order; {} is too late",
                q.id
            );
            assert_eq!(
                q.option("prefer-not").unwrap().interrupt,
                Some(Interrupt::SafetyDeclined),
                "declining {} shows the crisis contacts",
                q.id
            );
        }
        check_condition(&q.asked_if, q.id, &seen);
        seen.push(q.id);
    }
    for id in SAFETY_QUESTIONS {
        assert!(question(id).is_some(), "{id}");
    }
}

/// A condition may only look back, at questions and options that exist.
fn check_condition(c: &Condition, asker: &str, earlier: &[&str]) {
    match c {
        Condition::Always => {}
        Condition::Chose(qid, options) => {
            assert!(
                earlier.contains(qid),
                "{asker} depends on {qid}, which is not asked before it"
            );
            for option in *options {
                assert!(
                    question(qid).unwrap().option(option).is_some(),
                    "{asker}: {qid} has no option {option}"
                );
            }
        }
        Condition::AllOf(all) | Condition::AnyOf(all) | Condition::AtLeast(_, all) => {
            all.iter().for_each(|c| check_condition(c, asker, earlier))
        }
    }
}

/// The least worrying answer to every question, asked or not ("none of these" where offered).
fn baseline() -> Answers {
    let mut a = Answers::default();
    for q in QUESTIONS {
        let least = q
            .options
            .iter()
            .filter(|o| o.kind != OptionKind::PreferNotToSay)
            .min_by_key(|o| o.severity)
            .unwrap();
        a.answer(q.id, &[least.id]).unwrap();
    }
    // Readiness: the ruler's lowest answers are a finding (rule 10), so the low-risk person
    // is sure change matters and confident.
    a.answer("importance", &["8"]).unwrap();
    a.answer("confidence", &["8"]).unwrap();
    a
}

fn with(base: &Answers, changes: &[(&str, &[&str])]) -> Answers {
    let mut a = base.clone();
    for (q, chosen) in changes {
        a.answer(q, chosen)
            .unwrap_or_else(|e| panic!("{q} {chosen:?}: {e:?}"));
    }
    a
}

/// Every single answer, and every pair of answers, to every question, from a low-risk person
/// who uses every kind of substance (so that every question is asked) and from a person with
/// moderate findings: all ~40,000 combinations hold every property, and raising either answer
/// of a pair never lowers the outcome.
#[test]
fn every_single_answer_and_every_pair_of_answers_hold_the_properties() {
    let low_risk_everything_asked = with(
        &baseline(),
        &[
            (
                "substances",
                &[
                    "alcohol",
                    "cannabis",
                    "opioids",
                    "sedatives",
                    "stimulants",
                    "other",
                ],
            ),
            ("opioid-use", &["prescribed-pain"]),
            ("use-days", &["less-than-weekly"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["monthly-or-less"]),
            ("sedatives-prescribed", &["as-prescribed"]),
        ],
    );
    let moderate = with(
        &low_risk_everything_asked,
        &[
            ("use-days", &["3-5"]),
            ("cravings", &["strong"]),
            ("home-use", &["yes"]),
        ],
    );
    assert_eq!(
        recommend(&low_risk_everything_asked).outcome,
        Outcome::LessIntensive
    );
    assert_eq!(recommend(&moderate).outcome, Outcome::IopFit);
    let choices: Vec<(&'static str, Vec<&'static str>)> = QUESTIONS
        .iter()
        .flat_map(|q| q.options.iter().map(move |o| (q.id, vec![o.id])))
        .collect();
    let mut checked = 0;
    for base in [&low_risk_everything_asked, &moderate] {
        for (i, (q1, o1)) in choices.iter().enumerate() {
            let single = with(base, &[(q1, o1)]);
            check_answers(&single).unwrap_or_else(|e| panic!("{q1}={o1:?}: {e}"));
            let single_r = recommend(&single);
            for (q2, o2) in &choices[i + 1..] {
                if q1 == q2 {
                    continue;
                }
                let pair = with(&single, &[(q2, o2)]);
                check_answers(&pair).unwrap_or_else(|e| panic!("{q1}={o1:?} {q2}={o2:?}: {e}"));
                // Raising the second answer above the base's never lowers the outcome.
                let q = question(q2).unwrap();
                let base_severity = base
                    .chosen(q2)
                    .iter()
                    .filter_map(|c| q.option(c))
                    .map(|o| o.severity)
                    .max()
                    .unwrap_or(0);
                let option = q.option(o2[0]).unwrap();
                if option.kind == OptionKind::Answer
                    && option.severity > base_severity
                    && q.selection == Selection::One
                {
                    let pair_r = recommend(&pair);
                    assert!(
                        pair_r.outcome.intensity() >= single_r.outcome.intensity(),
                        "{q1}={o1:?} then {q2}={o2:?}: {:?} fell to {:?}",
                        single_r.outcome,
                        pair_r.outcome
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 30_000, "{checked}");
}

/// A clinical vignette: who the person is, what they answer, and what CLINICAL.md says.
struct Vignette {
    who: &'static str,
    answers: &'static [(&'static str, &'static [&'static str])],
    outcome: Outcome,
    /// For a crisis or emergency, the level of care once safe.
    then: Option<Outcome>,
    flags: &'static [Flag],
    not_flags: &'static [Flag],
}

const REGULAR_DRINKER: &[(&str, &[&str])] = &[
    ("substances", &["alcohol"]),
    ("use-days", &["3-5"]),
    ("audit-sex", &["men"]),
    ("audit-1", &["2-3-a-week"]),
    ("audit-2", &["5-6"]),
    ("audit-3", &["weekly"]),
    ("control", &["often"]),
];

const VIGNETTES: &[Vignette] = &[
    Vignette {
        who: "no substance use, low mood: not told IOP fits (rule 8)",
        answers: &[
            ("substances", &["none"]),
            ("phq-1", &["more-than-half"]),
            ("phq-2", &["nearly-every-day"]),
        ],
        outcome: Outcome::NotSubstanceUse,
        then: None,
        flags: &[],
        not_flags: &[Flag::ScheduleHelp],
    },
    Vignette {
        who: "one mild answer: cannabis less than weekly, sometimes more than meant (rule 10)",
        answers: &[
            ("substances", &["cannabis"]),
            ("use-days", &["less-than-weekly"]),
            ("control", &["sometimes"]),
        ],
        outcome: Outcome::LessIntensive,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "regular drinker losing control often, AUDIT-C positive (rule 11)",
        answers: REGULAR_DRINKER,
        outcome: Outcome::IopFit,
        then: None,
        flags: &[],
        not_flags: &[Flag::SafetyNotConfirmed],
    },
    Vignette {
        who: "stimulant psychosis only while coming down (rule 6)",
        answers: &[
            ("substances", &["stimulants"]),
            ("use-days", &["1-2"]),
            ("psychosis", &["yes"]),
        ],
        outcome: Outcome::MoreIntensive,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "opioid pain medicine as prescribed, an overdose this year: not told the program is not for them (rules 4, 8)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["prescribed-pain"]),
            ("overdose", &["yes"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::OverdoseSafety],
        not_flags: &[Flag::AskAboutMedication],
    },
    // The psychosis question asks about the past month, the withdrawal signs about three.
    Vignette {
        who: "drinks twice a week, saw or heard things when cutting down, no psychosis this month (rule 6)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["1-2"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["1-2"]),
            ("audit-3", &["never"]),
            ("withdrawal-signs", &["hallucinations"]),
            ("psychosis", &["no"]),
        ],
        outcome: Outcome::MoreIntensive,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "seeing things right now while stopping benzodiazepines: emergency, then more intensive (rules 2, 6)",
        answers: &[
            ("emergency-now", &["hallucinations"]),
            ("substances", &["sedatives"]),
            ("benzodiazepine-days", &["weekly"]),
            ("sedatives-prescribed", &["not-as-prescribed"]),
        ],
        outcome: Outcome::MedicalEmergency,
        then: Some(Outcome::MoreIntensive),
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        // The level once safe follows what they said of their own use: the emergency question
        // also asks about someone they are with.
        who: "overdose signs right now on pain medicine taken as prescribed: overdose safety (rules 2, 4)",
        answers: &[
            ("emergency-now", &["overdose"]),
            ("substances", &["opioids"]),
            ("opioid-use", &["prescribed-pain"]),
        ],
        outcome: Outcome::MedicalEmergency,
        then: Some(Outcome::NotSubstanceUse),
        flags: &[Flag::OverdoseSafety],
        not_flags: &[],
    },
    Vignette {
        who: "prescribed opioids and benzodiazepines taken together: withdrawal first, and naloxone (rules 3, 4)",
        answers: &[
            ("substances", &["opioids", "sedatives"]),
            ("opioid-use", &["prescribed-pain"]),
            ("benzodiazepine-days", &["daily"]),
            ("sedatives-prescribed", &["as-prescribed"]),
            ("mixing", &["yes"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::OverdoseSafety, Flag::DoNotStopSuddenly],
        not_flags: &[],
    },
    // When in doubt, route up: someone who drinks every day and does not say whether cutting
    // down brings the shakes is not told a program fits (and then stops on their own).
    Vignette {
        who: "drinks daily, heavily, declines the withdrawal signs: withdrawal first (rule 3, route up)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["daily"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["4-plus-a-week"]),
            ("audit-2", &["7-9"]),
            ("audit-3", &["daily"]),
            ("withdrawal-signs", &["prefer-not"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::WithdrawalRiskUnknown],
        not_flags: &[],
    },
    Vignette {
        who: "drinks most days, declines whether a seizure followed stopping: withdrawal first (route up)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["4-plus-a-week"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
            ("withdrawal-signs", &["none"]),
            ("withdrawal-history", &["prefer-not"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::WithdrawalRiskUnknown],
        not_flags: &[],
    },
    Vignette {
        who: "drinks, declines how often and the withdrawal signs, strong cravings: withdrawal first (route up)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["prefer-not"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["prefer-not"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
            ("withdrawal-signs", &["prefer-not"]),
            ("cravings", &["strong"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::WithdrawalRiskUnknown],
        not_flags: &[],
    },
    Vignette {
        who: "uses nothing, thoughts of suicide now, untreated illness: crisis, then a doctor (rules 1, 6, 8)",
        answers: &[
            ("safety-now", &["yes"]),
            ("substances", &["none"]),
            ("medical", &["yes"]),
        ],
        outcome: Outcome::Crisis,
        then: Some(Outcome::MoreIntensive),
        flags: &[],
        not_flags: &[Flag::RecoveryResidence, Flag::ScheduleHelp],
    },
    // Rule 3's signs matter with near-daily drinking: a monthly drinker who declines them is
    // told to tell the clinic, not sent to withdrawal care.
    Vignette {
        who: "drinks monthly, uses cannabis weekly, declines the withdrawal signs: IOP, risk unknown",
        answers: &[
            ("substances", &["alcohol", "cannabis"]),
            ("use-days", &["1-2"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["2-4-a-month"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
            ("withdrawal-signs", &["prefer-not"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::WithdrawalRiskUnknown],
        not_flags: &[],
    },
    Vignette {
        who: "street benzodiazepines, every day, declines how often: withdrawal first (rule 3, route up)",
        answers: &[
            ("substances", &["sedatives"]),
            ("benzodiazepine-days", &["prefer-not"]),
            ("sedatives-prescribed", &["not-as-prescribed"]),
            ("use-days", &["daily"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::DoNotStopSuddenly, Flag::WithdrawalRiskUnknown],
        not_flags: &[],
    },
    Vignette {
        who: "daily heroin, drinks most days, declines whether on the same day: withdrawal first (rules 3, 4)",
        answers: &[
            ("substances", &["alcohol", "opioids"]),
            ("opioid-use", &["not-as-prescribed"]),
            ("use-days", &["daily"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["4-plus-a-week"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
            ("withdrawal-signs", &["none"]),
            ("mixing", &["prefer-not"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::OverdoseSafety, Flag::AskAboutMedication],
        not_flags: &[],
    },
    Vignette {
        who: "drank daily until days ago (AUDIT \"never\"), has the shakes: still asked, withdrawal first",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["daily"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["never"]),
            ("withdrawal-signs", &["shakes"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "uses nothing, home not safe: safety at home, no recovery residence or program (rules 7, 8)",
        answers: &[("substances", &["none"]), ("home-safe", &["no"])],
        outcome: Outcome::NotSubstanceUse,
        then: None,
        flags: &[Flag::HomeSafety],
        not_flags: &[Flag::RecoveryResidence, Flag::ScheduleHelp],
    },
    Vignette {
        who: "uses only prescribed pain pills, had a withdrawal seizure: withdrawal care, no program (rules 3, 8)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["prescribed-pain"]),
            ("withdrawal-history", &["yes"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[],
        not_flags: &[Flag::RecoveryResidence, Flag::ScheduleHelp],
    },
    // Not saying what is used skips every withdrawal and opioid question (rule 3's red flags
    // among them): never an all-clear on either.
    Vignette {
        who: "daily use, declines to say which substances: withdrawal risk unknown, overdose safety",
        answers: &[
            ("substances", &["prefer-not"]),
            ("use-days", &["daily"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::WithdrawalRiskUnknown, Flag::OverdoseSafety],
        not_flags: &[],
    },
    // Walked as asked: the seizure question reaches someone who uses only opioids.
    Vignette {
        who: "opioids only, a seizure after stopping before (rule 3, whatever the substance)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["not-as-prescribed"]),
            ("use-days", &["daily"]),
            ("withdrawal-history", &["yes"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::OverdoseSafety, Flag::AskAboutMedication],
        not_flags: &[],
    },
    // AUDIT item 1 is about the past year; the days of use about the past month.
    Vignette {
        who: "twice a week this year, every day this month, shakes and a morning drink (rule 3)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["daily"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
            ("withdrawal-signs", &["shakes", "morning-drink"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "3 to 5 days a week this month, weekly binges, sweats (rule 3)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["5-6"]),
            ("audit-3", &["weekly"]),
            ("withdrawal-signs", &["sweats"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "opioids and benzodiazepines together, no alcohol (rules 3 and 4)",
        answers: &[
            ("substances", &["opioids", "sedatives"]),
            ("opioid-use", &["not-as-prescribed"]),
            ("benzodiazepine-days", &["weekly"]),
            ("sedatives-prescribed", &["not-as-prescribed"]),
            ("use-days", &["3-5"]),
            ("mixing", &["yes"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[
            Flag::OverdoseSafety,
            Flag::AskAboutMedication,
            Flag::DoNotStopSuddenly,
        ],
        not_flags: &[Flag::AlreadyOnMoud],
    },
    Vignette {
        who: "GHB every day (rule 3)",
        answers: &[
            ("substances", &["sedatives"]),
            ("ghb-days", &["daily"]),
            ("sedatives-prescribed", &["not-as-prescribed"]),
            ("use-days", &["daily"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::DoNotStopSuddenly],
        not_flags: &[],
    },
    Vignette {
        who: "prescribed barbiturates on most days (rule 3: prescribed or not)",
        answers: &[
            ("substances", &["sedatives"]),
            ("barbiturate-days", &["most-days"]),
            ("sedatives-prescribed", &["as-prescribed"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::DoNotStopSuddenly],
        not_flags: &[],
    },
    Vignette {
        who: "gabapentin daily beyond the prescription (rule 3)",
        answers: &[
            ("substances", &["sedatives"]),
            ("gabapentinoid-days", &["daily"]),
            ("sedatives-prescribed", &["not-as-prescribed"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[Flag::DoNotStopSuddenly],
        not_flags: &[],
    },
    Vignette {
        who: "gabapentin daily exactly as prescribed, nothing else (rules 3 and 8)",
        answers: &[
            ("substances", &["sedatives"]),
            ("gabapentinoid-days", &["daily"]),
            ("sedatives-prescribed", &["as-prescribed"]),
        ],
        outcome: Outcome::NotSubstanceUse,
        then: None,
        flags: &[Flag::DoNotStopSuddenly],
        not_flags: &[],
    },
    Vignette {
        who: "low-risk drinker who declines the first safety question (rule 1)",
        answers: &[
            ("safety-now", &["prefer-not"]),
            ("substances", &["alcohol"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["monthly-or-less"]),
            ("use-days", &["less-than-weekly"]),
        ],
        outcome: Outcome::TalkToUs,
        then: None,
        flags: &[Flag::SafetyNotConfirmed],
        not_flags: &[],
    },
    Vignette {
        who: "regular drinker who declines the PHQ-9 question (rule 1)",
        answers: &[
            ("phq-9-item-9", &["prefer-not"]),
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["5-6"]),
            ("audit-3", &["weekly"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::SafetyNotConfirmed],
        not_flags: &[],
    },
    Vignette {
        who: "thoughts of seriously harming someone right now (rule 1)",
        answers: &[
            ("harm-others-now", &["yes"]),
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["5-6"]),
            ("audit-3", &["weekly"]),
        ],
        outcome: Outcome::Crisis,
        then: Some(Outcome::MoreIntensive),
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "passive thoughts of being better off dead on several days (rule 1, PHQ-9 item 9)",
        answers: &[
            ("phq-9-item-9", &["several-days"]),
            ("substances", &["cannabis"]),
            ("use-days", &["less-than-weekly"]),
        ],
        outcome: Outcome::Crisis,
        then: Some(Outcome::TalkToUs),
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "felt sick when cutting down, drinks 2-3 times a week: not withdrawal-first (rule 3)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["1-2"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["1-2"]),
            ("audit-3", &["never"]),
            ("withdrawal-signs", &["felt-sick"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who:
            "drinks 4 or more times a week, only felt sick when cutting down (rule 3 needs a sign)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["4-plus-a-week"]),
            ("audit-2", &["1-2"]),
            ("audit-3", &["never"]),
            ("withdrawal-signs", &["felt-sick"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who:
            "the shakes, but drinking 2-3 times a week: talk about withdrawal, not withdrawal-first",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["1-2"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["1-2"]),
            ("audit-3", &["never"]),
            ("withdrawal-signs", &["shakes"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "near-daily drinking with sweats and a morning drink (rule 3)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["daily"]),
            ("audit-sex", &["women"]),
            ("audit-1", &["4-plus-a-week"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["weekly"]),
            ("withdrawal-signs", &["sweats", "morning-drink"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "IOP fits but cannot make 9 hours a week (rule 11)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["5-6"]),
            ("audit-3", &["weekly"]),
            ("hours", &["no"]),
            ("barriers", &["childcare"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::ScheduleHelp],
        not_flags: &[],
    },
    Vignette {
        who: "stable on methadone, nothing else (rule 4)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["moud"]),
            ("use-days", &["none"]),
        ],
        outcome: Outcome::LessIntensive,
        then: None,
        flags: &[Flag::AlreadyOnMoud],
        not_flags: &[Flag::AskAboutMedication, Flag::OverdoseSafety],
    },
    Vignette {
        who: "on buprenorphine and still using heroin sometimes (rule 4)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["moud", "not-as-prescribed"]),
            ("use-days", &["less-than-weekly"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::AlreadyOnMoud, Flag::OverdoseSafety],
        not_flags: &[Flag::AskAboutMedication],
    },
    Vignette {
        who: "pain patient taking opioids only as prescribed, nothing else (rules 4 and 8)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["prescribed-pain"]),
        ],
        outcome: Outcome::NotSubstanceUse,
        then: None,
        flags: &[],
        not_flags: &[
            Flag::AskAboutMedication,
            Flag::OverdoseSafety,
            Flag::AlreadyOnMoud,
        ],
    },
    Vignette {
        who: "prescribed pain opioids plus a few drinks the same day (rule 3)",
        answers: &[
            ("substances", &["alcohol", "opioids"]),
            ("opioid-use", &["prescribed-pain"]),
            ("use-days", &["1-2"]),
            ("audit-1", &["2-4-a-month"]),
            ("mixing", &["yes"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[],
        not_flags: &[Flag::AskAboutMedication],
    },
    Vignette {
        who: "opioids not as prescribed, less than weekly, nothing else (rule 4: never excluded)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["not-as-prescribed"]),
            ("use-days", &["less-than-weekly"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::OverdoseSafety, Flag::AskAboutMedication],
        not_flags: &[],
    },
    Vignette {
        who: "one sign of mania: others worried about racing speech (rule 6)",
        answers: &[
            ("substances", &["cannabis"]),
            ("use-days", &["1-2"]),
            ("mania", &["racing"]),
        ],
        outcome: Outcome::MoreIntensive,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "weekly cocaine and a past overdose (rule 4's overdose safety)",
        answers: &[
            ("substances", &["stimulants"]),
            ("use-days", &["1-2"]),
            ("overdose", &["yes"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::OverdoseSafety],
        not_flags: &[],
    },
    Vignette {
        who: "too drunk right now to be safe (rule 2)",
        answers: &[
            ("emergency-now", &["intoxicated"]),
            ("substances", &["alcohol"]),
            ("audit-1", &["4-plus-a-week"]),
        ],
        outcome: Outcome::MedicalEmergency,
        then: Some(Outcome::IopFit),
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "pregnant and using opioids (rule 5)",
        answers: &[
            ("substances", &["opioids"]),
            ("opioid-use", &["not-as-prescribed"]),
            ("use-days", &["3-5"]),
            ("pregnant", &["yes"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[
            Flag::PregnancyContactPromptly,
            Flag::DoNotStopSuddenly,
            Flag::AskAboutMedication,
        ],
        not_flags: &[],
    },
    Vignette {
        who: "low-risk use but an unsafe home: not the lowest level, home not a veto (rule 7)",
        answers: &[
            ("substances", &["cannabis"]),
            ("use-days", &["less-than-weekly"]),
            ("home-safe", &["not-always"]),
        ],
        outcome: Outcome::TalkToUs,
        then: None,
        flags: &[Flag::RecoveryResidence],
        not_flags: &[],
    },
    Vignette {
        who: "regular drinker with no stable housing: IOP still fits (rule 7)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["3-5"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["5-6"]),
            ("audit-3", &["weekly"]),
            ("housing", &["no"]),
        ],
        outcome: Outcome::IopFit,
        then: None,
        flags: &[Flag::RecoveryResidence],
        not_flags: &[],
    },
    Vignette {
        who: "past seizure when stopping alcohol, drinks monthly (rule 3)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["less-than-weekly"]),
            ("audit-1", &["monthly-or-less"]),
            ("withdrawal-history", &["yes"]),
        ],
        outcome: Outcome::WithdrawalFirst,
        then: None,
        flags: &[],
        not_flags: &[],
    },
    Vignette {
        who: "untreated liver disease, weekly drinking (rule 6)",
        answers: &[
            ("substances", &["alcohol"]),
            ("use-days", &["1-2"]),
            ("audit-1", &["2-4-a-month"]),
            ("medical", &["yes"]),
        ],
        outcome: Outcome::MoreIntensive,
        then: None,
        flags: &[],
        not_flags: &[],
    },
];

#[test]
fn a_summary_without_the_safety_block_does_not_give_away_a_level_only_it_raised() {
    // Thoughts of harming someone now: more intensive care once safe (rule 6, through the
    // safety block). Left out of the summary, the level is the other answers' (weekly drinking).
    let a = walk(&with(
        &baseline(),
        &[
            ("harm-others-now", &["yes"]),
            ("substances", &["alcohol"]),
            ("use-days", &["1-2"]),
            ("audit-sex", &["men"]),
            ("audit-1", &["2-3-a-week"]),
            ("audit-2", &["3-4"]),
            ("audit-3", &["monthly"]),
        ],
    ))
    .unwrap();
    let full = recommend(&a);
    assert_eq!(full.then, Some(Outcome::MoreIntensive));
    let shared = full.without_safety_block();
    // Not "more intensive" with no reason (that gives the answer away), nor lower than a talk.
    assert_eq!(shared.outcome, Outcome::TalkToUs, "{shared:?}");
    assert!(shared.reasons.iter().all(|r| r.concern != Concern::High));
}

#[test]
fn clinical_vignettes_reach_what_clinical_md_says() {
    let base = baseline();
    assert!(VIGNETTES.len() >= 20);
    for v in VIGNETTES {
        let a = with(&base, v.answers);
        // Answered as a person would: only what the path asks.
        let asked = walk(&a).unwrap_or_else(|e| panic!("{}: {e}", v.who));
        let r = recommend(&asked);
        assert_eq!(r.outcome, v.outcome, "{}: {r:?}", v.who);
        assert_eq!(r.then, v.then, "{}", v.who);
        for f in v.flags {
            assert!(r.has_flag(*f), "{}: missing {f:?} in {:?}", v.who, r.flags);
        }
        for f in v.not_flags {
            assert!(!r.has_flag(*f), "{}: unexpected {f:?}", v.who);
        }
        check_answers(&asked).unwrap_or_else(|e| panic!("{}: {e}", v.who));
    }
}

#[test]
fn all_prefer_not_to_say_is_never_read_as_a_fit() {
    let mut a = Answers::default();
    for q in QUESTIONS {
        a.answer(q.id, &["prefer-not"]).unwrap();
    }
    let r = recommend(&a);
    assert_eq!(r.outcome, Outcome::TalkToUs);
    assert!(r.has_flag(Flag::SafetyNotConfirmed));
    assert!(r.has_finding(Finding::MostlyUnanswered));
}

#[test]
fn each_unanswered_risk_question_alone_rules_out_the_lowest_level() {
    let everything_asked: &[(&str, &[&str])] = &[
        ("substances", &["alcohol", "sedatives", "opioids", "other"]),
        ("opioid-use", &["prescribed-pain"]),
        ("sedatives-prescribed", &["as-prescribed"]),
        ("use-days", &["less-than-weekly"]),
        ("audit-sex", &["women"]),
        ("audit-1", &["monthly-or-less"]),
    ];
    let base = with(&baseline(), everything_asked);
    assert_eq!(recommend(&base).outcome, Outcome::LessIntensive);
    for q in base.path() {
        let outcome = recommend(&with(&base, &[(q.id, &["prefer-not"])])).outcome;
        if q.about_risk {
            assert_ne!(
                outcome,
                Outcome::LessIntensive,
                "prefer-not on {} reassured",
                q.id
            );
        } else {
            assert_eq!(
                outcome,
                Outcome::LessIntensive,
                "{} is not about risk",
                q.id
            );
        }
    }
}

/// Rule 10 asks for no finding above mild in any dimension: readiness and practical fit too.
#[test]
fn a_readiness_or_practical_finding_keeps_a_person_from_being_told_less_is_enough() {
    let base = with(
        &baseline(),
        &[
            ("substances", &["cannabis"]),
            ("use-days", &["less-than-weekly"]),
        ],
    );
    assert_eq!(recommend(&base).outcome, Outcome::LessIntensive);
    for (question, answer) in [
        ("hours", "no"),
        ("barriers", "transport"),
        ("importance", "2"),
        ("confidence", "1"),
    ] {
        let r = recommend(&with(&base, &[(question, &[answer])]));
        assert_eq!(r.outcome, Outcome::TalkToUs, "{question} = {answer}");
    }
}
