//! The properties CLINICAL.md section 2 requires "for every combination of answers", checked over
//! random combinations (proptest), plus the questionnaire's structure and worked examples.

use proptest::prelude::*;

use super::questionnaire::{question, Condition, Interrupt, OptionKind, Selection, QUESTIONS};
use super::*;

/// Builds a complete set of answers (one for every question, asked or not) from seeds.
fn answers_from(seeds: &[u64]) -> Answers {
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

fn seeds() -> impl Strategy<Value = Vec<u64>> {
    prop::collection::vec(any::<u64>(), QUESTIONS.len())
}

/// The level of care, looking through a crisis or emergency to what the rest of the answers say.
fn level(r: &Recommendation) -> Outcome {
    r.then.unwrap_or(r.outcome)
}

/// Every answer to `q` that is strictly more severe than `current` (prefer-not-to-say excluded).
fn more_severe(q: &Question, current: &[String]) -> Vec<Vec<&'static str>> {
    let is = |id: &str, kind| q.option(id).is_some_and(|o| o.kind == kind);
    if current.iter().any(|c| is(c, OptionKind::PreferNotToSay)) {
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

fn red_flag(a: &Answers) -> bool {
    a.chose("withdrawal-history", "yes")
        || a.chose("alcohol-shakes", "yes")
        || a.chose_any("sedative-days", &["most-days", "daily"])
        || a.chose("mixing", "yes")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn a_crisis_answer_always_yields_the_crisis_outcome(seeds in seeds(), which in 0usize..3) {
        let mut a = answers_from(&seeds);
        a.answer(["safety-now", "safety-month", "safety-attempt"][which], &["yes"]).unwrap();
        prop_assert_eq!(recommend(&a).outcome, Outcome::Crisis);
    }

    #[test]
    fn crisis_exactly_when_a_crisis_answer_was_given(seeds in seeds()) {
        let a = answers_from(&seeds);
        let crisis_answer = a.path().iter().any(|q| a.interrupt(q.id) == Some(Interrupt::Crisis));
        prop_assert_eq!(recommend(&a).outcome == Outcome::Crisis, crisis_answer);
    }

    #[test]
    fn a_withdrawal_red_flag_never_yields_a_plain_iop_fit(seeds in seeds()) {
        let a = answers_from(&seeds);
        let r = recommend(&a);
        if red_flag(&a) {
            prop_assert_eq!(level(&r), Outcome::WithdrawalFirst, "{:?}", r);
            prop_assert!(r.outcome >= Outcome::WithdrawalFirst);
        }
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
                prop_assert!(after.outcome >= before.outcome, "{} -> {:?}: {:?} fell to {:?}", q.id, more, before.outcome, after.outcome);
                prop_assert!(level(&after) >= level(&before), "{} -> {:?}: level {:?} fell to {:?}", q.id, more, level(&before), level(&after));
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
            prop_assert!(with.outcome >= without.outcome, "{}: {:?} < {:?}", q.id, with.outcome, without.outcome);
            prop_assert!(level(&with) >= level(&without), "{}", q.id);
        }
    }

    #[test]
    fn every_path_through_the_questionnaire_ends_in_an_outcome(seeds in seeds()) {
        // Answer question by question, as a person would, until nothing is left to ask.
        let full = answers_from(&seeds);
        let mut a = Answers::default();
        let mut steps = 0;
        while let Some(q) = a.next_unanswered() {
            let chosen: Vec<&str> = full.chosen(q.id).iter().map(String::as_str).collect();
            a.answer(q.id, &chosen).unwrap();
            steps += 1;
            prop_assert!(steps <= QUESTIONS.len(), "the questionnaire did not end");
        }
        let r = recommend(&a);
        prop_assert!(Outcome::ALL.contains(&r.outcome));
        prop_assert!(!r.reasons.is_empty() || r.outcome == Outcome::IopFit, "an outcome comes with its reasons: {:?}", r);
        prop_assert_eq!(r.then.is_some(), r.outcome.is_urgent());
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
        if q.selection == Selection::Many {
            assert!(
                q.option("none").is_some(),
                "{} needs a 'none of these'",
                q.id
            );
        }
        if q.options.iter().any(|o| o.interrupt.is_some()) {
            assert!(
                q.id.starts_with("safety-") || q.id == "emergency-now",
                "{} interrupts but is not a safety question",
                q.id
            );
            assert!(
                seen.len() < 4,
                "safety questions come first; {} is too late",
                q.id
            );
        }
        check_condition(&q.asked_if, q.id, &seen);
        seen.push(q.id);
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
        Condition::AllOf(all) | Condition::AnyOf(all) => {
            all.iter().for_each(|c| check_condition(c, asker, earlier))
        }
    }
}

/// Worked examples: a person described by the answers that differ from a low-risk baseline.
fn person(changes: &[(&str, &[&str])]) -> Recommendation {
    let mut a = Answers::default();
    for q in QUESTIONS {
        let least = q
            .options
            .iter()
            .filter(|o| o.kind == OptionKind::Answer)
            .min_by_key(|o| o.severity)
            .unwrap();
        let baseline = if q.selection == Selection::Many {
            "none"
        } else {
            least.id
        };
        a.answer(q.id, &[baseline]).unwrap();
    }
    for (q, chosen) in changes {
        a.answer(q, chosen).unwrap();
    }
    a.answer("importance", &["8"]).unwrap();
    recommend(&a)
}

#[test]
fn worked_examples_reach_their_outcomes() {
    use Outcome::*;
    let low_risk_drinker: &[(&str, &[&str])] = &[
        ("substances", &["alcohol"]),
        ("audit-sex", &["women"]),
        ("audit-1", &["monthly-or-less"]),
        ("use-days", &["1-2"]),
    ];
    assert_eq!(person(low_risk_drinker).outcome, LessIntensive);
    assert_eq!(person(&[]).outcome, LessIntensive, "no use at all");

    let regular_drinker: &[(&str, &[&str])] = &[
        ("substances", &["alcohol"]),
        ("audit-sex", &["men"]),
        ("audit-1", &["2-3-a-week"]),
        ("audit-2", &["5-6"]),
        ("audit-3", &["weekly"]),
        ("use-days", &["3-5"]),
        ("control", &["often"]),
        ("cravings", &["strong"]),
    ];
    let iop = person(regular_drinker);
    assert_eq!(iop.outcome, IopFit);
    assert!(iop
        .reasons
        .iter()
        .any(|r| r.finding == Finding::RiskyDrinking));

    let mut shakes = regular_drinker.to_vec();
    shakes.push(("alcohol-shakes", &["yes"]));
    assert_eq!(person(&shakes).outcome, WithdrawalFirst);

    let opioids = person(&[("substances", &["opioids"]), ("use-days", &["daily"])]);
    assert_eq!(opioids.outcome, IopFit, "opioids never exclude from IOP");
    assert!(opioids.has_flag(Flag::AskAboutMedication));

    let pregnant = person(&[("substances", &["opioids"]), ("pregnant", &["yes"])]);
    assert!(
        pregnant.has_flag(Flag::PregnancyContactPromptly)
            && pregnant.has_flag(Flag::DoNotStopSuddenly)
    );

    assert_eq!(
        person(&[
            ("substances", &["sedatives"]),
            ("sedative-days", &["daily"])
        ])
        .outcome,
        WithdrawalFirst
    );
    assert_eq!(
        person(&[
            ("substances", &["alcohol", "opioids"]),
            ("mixing", &["yes"])
        ])
        .outcome,
        WithdrawalFirst
    );
    assert_eq!(person(&[("psychosis", &["yes"])]).outcome, MoreIntensive);
    assert_eq!(person(&[("medical", &["yes"])]).outcome, MoreIntensive);

    let home = person(&[
        ("substances", &["cannabis"]),
        ("use-days", &["1-2"]),
        ("home-use", &["yes"]),
    ]);
    assert_eq!(
        home.outcome, IopFit,
        "home problems do not veto IOP, and rule out the lowest level"
    );
    assert!(home.has_flag(Flag::RecoveryResidence));

    let crisis = person(&[
        ("safety-month", &["yes"]),
        ("alcohol-shakes", &["yes"]),
        ("substances", &["alcohol"]),
        ("audit-1", &["4-plus-a-week"]),
    ]);
    assert_eq!(
        (crisis.outcome, crisis.then),
        (Crisis, Some(WithdrawalFirst))
    );
    let emergency = person(&[("emergency-now", &["seizure", "confusion"])]);
    assert_eq!(emergency.outcome, MedicalEmergency);

    let unsure = person(&[("safety-now", &["prefer-not"])]);
    assert_eq!(
        unsure.outcome, IopFit,
        "an unanswered safety question is never reassured"
    );
    assert!(unsure.has_flag(Flag::SafetyNotConfirmed));

    let barriers = person(&[
        ("hours", &["no"]),
        ("barriers", &["childcare", "transport"]),
    ]);
    assert_eq!(
        barriers.outcome, LessIntensive,
        "practical barriers never raise or lower the level of care"
    );
    assert!(barriers.has_flag(Flag::ScheduleHelp));
}

#[test]
fn each_unanswered_risk_question_alone_rules_out_the_lowest_level() {
    // A low-risk person for whom every question is asked.
    let everything_asked: &[(&str, &[&str])] = &[
        ("substances", &["alcohol", "sedatives", "other"]),
        ("use-days", &["1-2"]),
        ("audit-sex", &["women"]),
        ("audit-1", &["monthly-or-less"]),
        ("sedative-days", &["less-than-weekly"]),
    ];
    assert_eq!(person(everything_asked).outcome, Outcome::LessIntensive);
    for q in QUESTIONS
        .iter()
        .filter(|q| q.option("prefer-not").is_some())
    {
        let mut changes = everything_asked.to_vec();
        changes.push((q.id, &["prefer-not"]));
        let outcome = person(&changes).outcome;
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
