//! English screening text. The standard instruments (AUDIT-C, PHQ-2, GAD-2) are reproduced
//! exactly as published; everything else is the project's own plain wording.

use crate::content::{
    ExamplePerson, FlagText, InstrumentText, OutcomeText, QuestionText, ScreeningText, ScreeningUi,
};
use crate::core::screening::questionnaire::{Dimension, Instrument};
use crate::core::screening::{Concern, Finding, Flag, Outcome};

const PREFER_NOT: (&str, &str) = ("prefer-not", "Prefer not to say");
const NONE: (&str, &str) = ("none", "None of these");
const NO_YES: &[(&str, &str)] = &[("no", "No"), ("yes", "Yes"), PREFER_NOT];
/// PHQ-2 and GAD-2 answers, as published.
const HOW_OFTEN: &[(&str, &str)] = &[
    ("not-at-all", "Not at all"),
    ("several-days", "Several days"),
    ("more-than-half", "More than half the days"),
    ("nearly-every-day", "Nearly every day"),
    PREFER_NOT,
];
const PHQ_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by the following problems?";
const SEDATIVES: &str =
    "Sedatives means benzodiazepines (like Xanax, Valium, Klonopin or Ativan) or sleeping pills.";

const fn q(
    id: &'static str,
    prompt: &'static str,
    help: Option<&'static str>,
    options: &'static [(&'static str, &'static str)],
) -> QuestionText {
    QuestionText {
        id,
        prompt,
        help,
        options,
    }
}

pub static TEXT: ScreeningText = ScreeningText {
    questions: &[
        q("safety-now", "Right now, are you having thoughts of ending your life or of hurting yourself?",
          Some("We ask everyone this first, because it matters most. \"Prefer not to say\" is always fine."), NO_YES),
        q("safety-month", "In the past month, have you had thoughts of ending your life or of hurting yourself on purpose?", None, NO_YES),
        q("safety-attempt", "In the past 3 months, have you done anything to end your life or to hurt yourself on purpose?", None, NO_YES),
        q("emergency-now", "Right now, is any of this happening to you (or to someone you are with)?", None, &[
            ("seizure", "A seizure or fit"),
            ("confusion", "Being confused, or not knowing where you are"),
            ("hallucinations", "Seeing or hearing things that aren't there, while cutting down or stopping"),
            ("chest-pain", "Chest pain or trouble breathing"),
            ("overdose", "Signs of an overdose: very sleepy and hard to wake, slow or no breathing, blue lips"),
            NONE,
            PREFER_NOT,
        ]),
        q("substances", "In the past 3 months, which of these have you used?",
          Some("Count pills only if you took them in a way they were not prescribed, or more than prescribed."), &[
            ("alcohol", "Alcohol"),
            ("cannabis", "Cannabis (weed, edibles, vapes)"),
            ("opioids", "Opioids (heroin, fentanyl, or pain pills like oxycodone)"),
            ("sedatives", "Sedatives (benzodiazepines or sleeping pills)"),
            ("stimulants", "Stimulants (cocaine, meth, or ADHD pills)"),
            ("other", "Something else"),
            NONE,
            PREFER_NOT,
        ]),
        q("use-days", "In a usual week, on how many days do you drink or use?", None, &[
            ("none", "None at the moment"),
            ("1-2", "1 or 2 days"),
            ("3-5", "3 to 5 days"),
            ("daily", "Every day or almost every day"),
            PREFER_NOT,
        ]),
        q("audit-sex", "The alcohol questions have a different cut-off for men and for women. Which should we use for you?",
          Some("This only picks the published cut-off (4 or more for men, 3 or more for women). \"Prefer not to say\" uses the more careful one."), &[
            ("men", "Use the cut-off for men"),
            ("women", "Use the cut-off for women"),
            PREFER_NOT,
        ]),
        q("audit-1", "How often do you have a drink containing alcohol?",
          Some("One drink is a 12 oz beer, a 5 oz glass of wine, or 1.5 oz of spirits."), &[
            ("never", "Never"),
            ("monthly-or-less", "Monthly or less"),
            ("2-4-a-month", "2 to 4 times a month"),
            ("2-3-a-week", "2 to 3 times a week"),
            ("4-plus-a-week", "4 or more times a week"),
            PREFER_NOT,
        ]),
        q("audit-2", "How many drinks containing alcohol do you have on a typical day when you are drinking?", None, &[
            ("1-2", "1 or 2"),
            ("3-4", "3 or 4"),
            ("5-6", "5 or 6"),
            ("7-9", "7, 8, or 9"),
            ("10-plus", "10 or more"),
            PREFER_NOT,
        ]),
        q("audit-3", "How often do you have six or more drinks on one occasion?", None, &[
            ("never", "Never"),
            ("less-than-monthly", "Less than monthly"),
            ("monthly", "Monthly"),
            ("weekly", "Weekly"),
            ("daily", "Daily or almost daily"),
            PREFER_NOT,
        ]),
        q("alcohol-shakes", "When you cut down or stop drinking, or first thing in the morning, do you get the shakes, sweats or feel sick, or need a drink to feel steady?", None, NO_YES),
        q("withdrawal-history", "Have you ever had a seizure (fit), or the DTs (severe shaking, confusion, seeing things), after stopping drinking or stopping pills?", None, NO_YES),
        q("sedative-days", "How often do you take sedatives, prescribed or not?", Some(SEDATIVES), &[
            ("less-than-weekly", "Less than once a week"),
            ("weekly", "About once a week or a bit more"),
            ("most-days", "Most days"),
            ("daily", "Every day"),
            PREFER_NOT,
        ]),
        q("mixing", "Do you ever drink on the same day you take opioids, sedatives or other drugs that slow you down?", Some(SEDATIVES), NO_YES),
        q("pregnant", "Are you pregnant, or could you be?", None, &[
            ("no", "No"),
            ("not-applicable", "This does not apply to me"),
            ("maybe", "Maybe, I'm not sure"),
            ("yes", "Yes"),
            PREFER_NOT,
        ]),
        q("medical", "Do you have a serious health problem that is not being treated right now (for example liver or heart trouble, or an infection)?", None, NO_YES),
        q("phq-1", "Little interest or pleasure in doing things", Some(PHQ_STEM), HOW_OFTEN),
        q("phq-2", "Feeling down, depressed, or hopeless", Some(PHQ_STEM), HOW_OFTEN),
        q("gad-1", "Feeling nervous, anxious, or on edge", Some(PHQ_STEM), HOW_OFTEN),
        q("gad-2", "Not being able to stop or control worrying", Some(PHQ_STEM), HOW_OFTEN),
        q("psychosis", "In the past month, when you were not high or drunk, have you seen or heard things others could not, or felt sure people were watching you or out to harm you?", None, NO_YES),
        q("mania", "In the past month, have you had several days of so much energy that you hardly slept, and people around you were worried?", None, NO_YES),
        q("harm-others", "In the past month, have you had thoughts of seriously hurting someone else?", None, NO_YES),
        q("importance", "On a scale from 0 to 10, how important is it to you to make a change to your drinking or drug use right now?", None, &[
            ("0", "0 - Not at all important"),
            ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5"), ("6", "6"), ("7", "7"), ("8", "8"), ("9", "9"),
            ("10", "10 - Extremely important"),
        ]),
        q("hours", "An intensive outpatient program usually means 9 to 19 hours a week, often 3 days a week for about 3 hours. Could you make time for that?", None, &[
            ("yes", "Yes"),
            ("with-changes", "Yes, with some changes"),
            ("no", "No, not right now"),
            PREFER_NOT,
        ]),
        q("barriers", "Would any of these make it hard to come?", None, &[
            ("work", "Work or school hours"),
            ("transport", "Getting there"),
            ("childcare", "Childcare, or caring for someone"),
            ("cost", "Cost or insurance"),
            NONE,
            PREFER_NOT,
        ]),
        q("control", "In the past 3 months, how often did you drink or use more than you meant to, or not manage to cut down when you tried?", None, &[
            ("never", "Never"),
            ("sometimes", "Sometimes"),
            ("often", "Often"),
            PREFER_NOT,
        ]),
        q("cravings", "On most days, how strong are your cravings or urges to drink or use?", None, &[
            ("none", "I don't have cravings"),
            ("mild", "Mild"),
            ("strong", "Strong"),
            ("very-strong", "Very strong, hard to resist"),
            PREFER_NOT,
        ]),
        q("problems", "In the past year, has drinking or using caused problems with work, money, family, health or the law?", None, &[
            ("none", "No"),
            ("some", "Some problems"),
            ("many", "Many problems"),
            PREFER_NOT,
        ]),
        q("past-treatment", "Have you had treatment for drinking or drug use before?", None, &[
            ("never", "No"),
            ("stayed-well", "Yes, and I stayed well for a good while"),
            ("relapsed", "Yes, and I started again soon after"),
            PREFER_NOT,
        ]),
        q("home-safe", "Is your home a safe place for you right now?", None, &[
            ("yes", "Yes"),
            ("not-always", "Not always"),
            ("no", "No"),
            PREFER_NOT,
        ]),
        q("home-use", "Does someone you live with drink or use drugs in a way that makes it hard for you not to?", None, NO_YES),
        q("housing", "Do you have a stable place to live for the next few months?", None, &[
            ("stable", "Yes"),
            ("unsure", "I'm not sure"),
            ("no", "No"),
            PREFER_NOT,
        ]),
        q("support", "Is there someone in your life who supports you in making a change?", None, &[
            ("yes", "Yes"),
            ("not-really", "Not really"),
            PREFER_NOT,
        ]),
    ],
    dimensions: &[
        (Dimension::Withdrawal, "Withdrawal and safety right now"),
        (Dimension::Physical, "Physical health"),
        (Dimension::Emotional, "Feelings and mental health"),
        (Dimension::Readiness, "Readiness and practical fit"),
        (Dimension::Relapse, "Use and relapse risk"),
        (Dimension::Environment, "Home and support"),
    ],
    outcomes: &[
        OutcomeText {
            outcome: Outcome::LessIntensive,
            title: "A less intensive kind of care may be enough for you.",
            summary: "Your answers suggest that standard outpatient care (fewer than 9 hours a week), or a brief check-in with a counselor, may fit you better than an intensive program. It is still worth talking it through.",
            next_steps: &[
                "Call the clinic to ask about outpatient counseling or a check-in.",
                "If things change, or get harder, take this check again or talk to us sooner.",
            ],
        },
        OutcomeText {
            outcome: Outcome::IopFit,
            title: "An intensive outpatient program may fit you well.",
            summary: "An intensive outpatient program (IOP) usually means 9 to 19 hours a week of group and one-to-one support, while you live at home and keep up with work or family. Your answers suggest it could be a good level of care for you.",
            next_steps: &[
                "Call the clinic to book an assessment; it usually takes about an hour.",
                "Bring this result, or the printout, and any questions you have.",
                "If anything on this page worried you, mention it first.",
            ],
        },
        OutcomeText {
            outcome: Outcome::MoreIntensive,
            title: "A more intensive level of care is likely to help you most right now.",
            summary: "Some of your answers point to needs that are best met with more support than an outpatient program gives: a day program (20 or more hours a week) or residential care. An intensive outpatient program may follow later.",
            next_steps: &[
                "Call the clinic soon and tell them what you noted here.",
                "Ask which more intensive options they offer or can refer you to.",
                "If you feel unsafe at any point, use the crisis or emergency numbers below.",
            ],
        },
        OutcomeText {
            outcome: Outcome::WithdrawalFirst,
            title: "Medically supervised withdrawal is likely the safest first step.",
            summary: "Your answers suggest that stopping or cutting down could bring withdrawal that needs medical care. Please do not stop suddenly on your own. With withdrawal managed safely, an intensive outpatient program may come next.",
            next_steps: &[
                "Call the clinic today and say you may need help with withdrawal.",
                "Until you have talked to a doctor or the clinic, do not stop suddenly on your own.",
                "If you have a seizure, confusion, chest pain or see things that aren't there, call the emergency number.",
            ],
        },
        OutcomeText {
            outcome: Outcome::MedicalEmergency,
            title: "Please get emergency medical help now.",
            summary: "What you described can be dangerous and needs a doctor right away. Call the emergency number, or ask someone near you to call.",
            next_steps: &[
                "Call the emergency number now.",
                "Once you are safe, call the clinic to talk about next steps.",
            ],
        },
        OutcomeText {
            outcome: Outcome::Crisis,
            title: "Please reach out for support right now.",
            summary: "You told us you have had thoughts of ending your life or hurting yourself. You deserve support with that first. The crisis line is free and confidential, and you can call or text any time.",
            next_steps: &[
                "Call or text the crisis line now, or the emergency number if you are in danger.",
                "Tell someone you trust how you are feeling.",
                "When you feel ready, call the clinic; we can help with both the feelings and the drinking or drug use.",
            ],
        },
    ],
    findings: &[
        (Finding::ThoughtsNow, "You said you are having thoughts of ending your life or hurting yourself right now."),
        (Finding::ThoughtsRecent, "You said you have had thoughts of ending your life or hurting yourself in the past month."),
        (Finding::RecentAttempt, "You said you have tried to end your life or hurt yourself in the past 3 months."),
        (Finding::EmergencySigns, "You described signs that need emergency medical help."),
        (Finding::SevereWithdrawalBefore, "You have had a seizure or the DTs after stopping before, so withdrawal needs medical care."),
        (Finding::WithdrawalSigns, "You get shakes, sweats or sickness when you cut down, or need a drink to feel steady. These are withdrawal signs."),
        (Finding::DailySedatives, "You take sedatives most days. Stopping them suddenly can be dangerous, so it needs a doctor's help."),
        (Finding::SomeSedatives, "You take sedatives most weeks. Talk to a doctor before changing how you take them."),
        (Finding::MixingDepressants, "You sometimes drink on the same day as taking drugs that slow you down. Together they raise the risk of overdose."),
        (Finding::Opioids, "You use opioids. Medication can help a lot with opioid use, and it never rules you out of a program."),
        (Finding::Pregnancy, "You are or may be pregnant, so it is important to talk to the clinic soon."),
        (Finding::UntreatedMedical, "You have a serious health problem that is not being treated right now."),
        (Finding::Psychosis, "You have seen or heard things others could not, or felt people were out to harm you, when not high or drunk."),
        (Finding::Mania, "You have had days with so much energy that you hardly slept."),
        (Finding::HarmOthers, "You have had thoughts of seriously hurting someone else. If you might act on them, call the emergency number."),
        (Finding::LowMood, "Your answers on low mood (PHQ-2) are at or above the usual cut-off."),
        (Finding::Anxiety, "Your answers on worry and anxiety (GAD-2) are at or above the usual cut-off."),
        (Finding::RiskyDrinking, "Your answers to the alcohol questions (AUDIT-C) are at or above the usual cut-off."),
        (Finding::FrequentUse, "You drink or use on many days of the week."),
        (Finding::LossOfControl, "You sometimes drink or use more than you meant to, or find it hard to cut down."),
        (Finding::StrongCravings, "Your cravings are strong on most days."),
        (Finding::UseProblems, "Drinking or using has caused problems in your life this past year."),
        (Finding::RelapseAfterTreatment, "You started again soon after treatment before. More support this time can help."),
        (Finding::UnsafeHome, "Your home is not always a safe place for you."),
        (Finding::UseAtHome, "Someone you live with drinks or uses in a way that makes it harder for you."),
        (Finding::UnstableHousing, "You may not have a stable place to live in the coming months."),
        (Finding::LittleSupport, "You don't have much support around you right now."),
        (Finding::HoursHard, "Finding the hours for a program could be hard for you."),
        (Finding::PracticalBarriers, "Some practical things, like work, getting there, childcare or cost, could get in the way."),
        (Finding::NotSureChangeMatters, "You are not sure change matters much right now. That's okay; talking it through can help."),
        (Finding::ChangeMatters, "Making a change matters to you. That is a strong place to start from."),
        (Finding::SafeStableHome, "You have a safe, stable home without drinking or drug use around you."),
        (Finding::Support, "You have someone who supports you in making a change."),
        (Finding::LowRiskAnswers, "Your answers about how often and how much you use are in a lower-risk range."),
        (Finding::NoUse, "You have not used alcohol or drugs in the past 3 months."),
        (Finding::Unanswered, "You chose not to answer some questions, so we can't rule everything out. That's okay; you can talk it through with us."),
    ],
    flags: &[
        FlagText {
            flag: Flag::AskAboutMedication,
            title: "Ask about medication.",
            body: "Medication for opioid use (buprenorphine, methadone or naltrexone) helps many people. Ask the clinic whether it could help you.",
        },
        FlagText {
            flag: Flag::PregnancyContactPromptly,
            title: "Please contact the clinic soon.",
            body: "Because you are or may be pregnant, it is important to talk to a clinician promptly, for you and your baby.",
        },
        FlagText {
            flag: Flag::DoNotStopSuddenly,
            title: "Don't stop suddenly on your own.",
            body: "Stopping sedatives, or opioids during pregnancy, all at once can be dangerous. Talk to a doctor or the clinic first; they can help you do it safely.",
        },
        FlagText {
            flag: Flag::RecoveryResidence,
            title: "A safe place to live matters.",
            body: "Residential care or a recovery residence (sober living) may help while you get started. This is decided together with the clinic; it does not rule out an outpatient program.",
        },
        FlagText {
            flag: Flag::SafetyNotConfirmed,
            title: "Support is there any time.",
            body: "You chose not to answer a safety question. That's okay. If you ever have thoughts of hurting yourself, the crisis line below is free, confidential and open day and night.",
        },
        FlagText {
            flag: Flag::WithdrawalRiskUnknown,
            title: "Tell the clinic about withdrawal.",
            body: "Before you stop or cut down, tell the clinic about any shakes, sweats, sickness or past withdrawal, so it can be done safely.",
        },
        FlagText {
            flag: Flag::ScheduleHelp,
            title: "Ask about times and practical help.",
            body: "Many programs have evening or online groups, and the clinic can help with the practical side, like getting there or cost.",
        },
    ],
    concerns: &[
        (Concern::Strength, "In your favour"),
        (Concern::Moderate, "Worth talking about"),
        (Concern::High, "Needs attention first"),
    ],
    instruments: &[
        InstrumentText {
            instrument: Instrument::AuditC,
            name: "AUDIT-C",
            stem: "Questions about your drinking.",
            attribution: "AUDIT-C: the first three questions of the Alcohol Use Disorders Identification Test (AUDIT), World Health Organization (Babor, Higgins-Biddle, Saunders & Monteiro, 2001).",
            negative: "Below the cut-off (the score runs from 0 to 12; 4 or more for men, 3 or more for women suggests risky drinking).",
            positive: "At or above the cut-off (the score runs from 0 to 12; 4 or more for men, 3 or more for women suggests risky drinking).",
        },
        InstrumentText {
            instrument: Instrument::Phq2,
            name: "PHQ-2",
            stem: PHQ_STEM,
            attribution: "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
            negative: "Below the cut-off (the score runs from 0 to 6; 3 or more suggests talking to a professional about low mood).",
            positive: "At or above the cut-off (the score runs from 0 to 6; 3 or more suggests talking to a professional about low mood).",
        },
        InstrumentText {
            instrument: Instrument::Gad2,
            name: "GAD-2",
            stem: PHQ_STEM,
            attribution: "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
            negative: "Below the cut-off (the score runs from 0 to 6; 3 or more suggests talking to a professional about anxiety).",
            positive: "At or above the cut-off (the score runs from 0 to 6; 3 or more suggests talking to a professional about anxiety).",
        },
    ],
    examples: &[
        ExamplePerson {
            id: "maya",
            name: "Maya, 34",
            story: "Drinks most evenings after work, more than she means to, with strong cravings. Safe home, a supportive sister, can make evening sessions.",
            changes: &[
                ("substances", &["alcohol"]),
                ("use-days", &["3-5"]),
                ("audit-sex", &["women"]),
                ("audit-1", &["2-3-a-week"]),
                ("audit-2", &["3-4"]),
                ("audit-3", &["monthly"]),
                ("control", &["sometimes"]),
                ("cravings", &["strong"]),
                ("problems", &["some"]),
            ],
            outcome: Outcome::IopFit,
        },
        ExamplePerson {
            id: "dan",
            name: "Dan, 51",
            story: "Drinks every day, starts in the morning to stop the shakes, and once had a seizure when he stopped.",
            changes: &[
                ("substances", &["alcohol"]),
                ("use-days", &["daily"]),
                ("audit-sex", &["men"]),
                ("audit-1", &["4-plus-a-week"]),
                ("audit-2", &["7-9"]),
                ("audit-3", &["daily"]),
                ("alcohol-shakes", &["yes"]),
                ("withdrawal-history", &["yes"]),
                ("control", &["often"]),
                ("cravings", &["very-strong"]),
                ("problems", &["many"]),
            ],
            outcome: Outcome::WithdrawalFirst,
        },
        ExamplePerson {
            id: "leo",
            name: "Leo, 23",
            story: "Smokes cannabis some weekends and wonders if it is becoming a habit. No other worries, a stable home and friends who support him.",
            changes: &[("substances", &["cannabis"]), ("use-days", &["1-2"])],
            outcome: Outcome::LessIntensive,
        },
    ],
    ui: ScreeningUi {
        intro: "A few questions about your use, your health and your life right now. It takes about 5 minutes. You can skip any question with \"Prefer not to say\", and go back at any time.",
        begin: "Begin",
        resume: "Carry on where I left off",
        progress: "Question {n} of {m}",
        back: "Back",
        next: "Next",
        choose_one: "Choose one.",
        choose_any: "Choose all that apply.",
        answer_needed: "Please choose an answer, or \"Prefer not to say\".",
        start_over: "Start over",
        crisis_heading: "Please reach out now. You don't have to go through this alone.",
        crisis_body: "What you said tells us you may be in danger. Talking to someone right now can help. It's free and confidential.",
        emergency_heading: "This needs medical help right away.",
        emergency_body: "What you described can be dangerous. Call for emergency help now, or ask someone near you to call.",
        continue_after_interrupt: "I'm safe for now. Continue the questions",
        result_heading: "Your result",
        why_heading: "Why",
        summary_heading: "Your answers at a glance",
        scores_heading: "Scores from standard questionnaires",
        next_steps_heading: "What to do next",
        then_heading: "Once you are safe",
        not_a_diagnosis: "This is not a diagnosis.",
        confirm_with_team: "Please confirm this with an assessment by our team.",
        print: "Print or save as PDF",
        saved_note: "Your answers are saved on this device only, so you can come back to them.",
        examples_heading: "Walk through an example person",
        example_show: "Show",
        rule_heading: "The rule that decided this",
        rules: &[
            (Outcome::Crisis, "Rule 1, crisis now: any thoughts of suicide or self-harm in the past month, an act in the past 3 months, or thoughts right now."),
            (Outcome::MedicalEmergency, "Rule 2, medical emergency now: seizure, confusion, hallucinations while withdrawing, chest pain, or signs of overdose."),
            (Outcome::WithdrawalFirst, "Rule 3, withdrawal first: past seizures or DTs, withdrawal signs, daily sedatives, or alcohol mixed with other depressants."),
            (Outcome::MoreIntensive, "Rule 6, more intensive care: psychosis, mania, thoughts of harming others, or an untreated serious medical condition."),
            (Outcome::LessIntensive, "Rule 8, lower level: low-risk answers to every risk question and a stable home."),
            (Outcome::IopFit, "Rule 9, otherwise: moderate or high severity and able to attend, so IOP looks like a fit."),
        ],
    },
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::screening::questionnaire::QUESTIONS;

    fn every_sentence() -> Vec<&'static str> {
        let t = &TEXT;
        let mut all: Vec<&str> = Vec::new();
        for q in t.questions {
            all.push(q.prompt);
            all.extend(q.help);
            all.extend(q.options.iter().map(|(_, label)| *label));
        }
        all.extend(t.dimensions.iter().map(|(_, s)| *s));
        for o in t.outcomes {
            all.extend([o.title, o.summary]);
            all.extend(o.next_steps);
        }
        all.extend(t.findings.iter().map(|(_, s)| *s));
        all.extend(t.flags.iter().flat_map(|f| [f.title, f.body]));
        all.extend(t.concerns.iter().map(|(_, s)| *s));
        all.extend(
            t.instruments
                .iter()
                .flat_map(|i| [i.name, i.stem, i.attribution, i.negative, i.positive]),
        );
        all
    }

    #[test]
    fn every_question_and_option_has_words_and_nothing_else_does() {
        for q in QUESTIONS {
            let text = TEXT
                .question(q.id)
                .unwrap_or_else(|| panic!("no text for {}", q.id));
            let ids: Vec<_> = text.options.iter().map(|(id, _)| *id).collect();
            let expected: Vec<_> = q.options.iter().map(|o| o.id).collect();
            assert_eq!(ids, expected, "options of {}", q.id);
        }
        assert_eq!(
            TEXT.questions.len(),
            QUESTIONS.len(),
            "text for a question that does not exist"
        );
    }

    #[test]
    fn every_outcome_finding_flag_dimension_concern_and_instrument_has_words() {
        for d in Dimension::ALL {
            assert!(!TEXT.dimension(d).is_empty(), "{d:?}");
        }
        for o in Outcome::ALL {
            let t = TEXT.outcome(o).unwrap_or_else(|| panic!("{o:?}"));
            assert!(
                (2..=4).contains(&t.next_steps.len()),
                "{o:?} needs 2-4 next steps"
            );
            for s in [t.title, t.summary] {
                let lower = s.to_lowercase();
                assert!(
                    !lower.contains("diagnos")
                        && !lower.contains("disorder")
                        && !lower.contains("asam"),
                    "{o:?}: {s}"
                );
            }
        }
        for f in Finding::ALL {
            assert!(!TEXT.finding(f).is_empty(), "{f:?}");
        }
        for f in Flag::ALL {
            assert!(TEXT.flag(f).is_some(), "{f:?}");
        }
        for c in [Concern::Strength, Concern::Moderate, Concern::High] {
            assert!(!TEXT.concern(c).is_empty(), "{c:?}");
        }
        for i in [Instrument::AuditC, Instrument::Phq2, Instrument::Gad2] {
            assert!(TEXT.instrument(i).is_some(), "{i:?}");
        }
    }

    #[test]
    fn each_example_person_reaches_the_outcome_the_demo_shows() {
        assert!(TEXT.examples.len() >= 3);
        for person in TEXT.examples {
            let answers = person.answers();
            assert!(
                answers.next_unanswered().is_none(),
                "{} leaves a question open",
                person.id
            );
            assert_eq!(
                crate::core::screening::recommend(&answers).outcome,
                person.outcome,
                "{}",
                person.id
            );
        }
        for o in Outcome::ALL {
            assert!(
                TEXT.ui.rules.iter().any(|(r, _)| *r == o),
                "no rule text for {o:?}"
            );
        }
    }

    #[test]
    fn standard_instruments_keep_their_published_wording() {
        let prompt = |id| TEXT.question(id).unwrap().prompt;
        assert_eq!(
            prompt("audit-1"),
            "How often do you have a drink containing alcohol?"
        );
        assert_eq!(prompt("audit-2"), "How many drinks containing alcohol do you have on a typical day when you are drinking?");
        assert_eq!(
            prompt("audit-3"),
            "How often do you have six or more drinks on one occasion?"
        );
        assert_eq!(
            prompt("phq-1"),
            "Little interest or pleasure in doing things"
        );
        assert_eq!(prompt("phq-2"), "Feeling down, depressed, or hopeless");
        assert_eq!(prompt("gad-1"), "Feeling nervous, anxious, or on edge");
        assert_eq!(
            prompt("gad-2"),
            "Not being able to stop or control worrying"
        );
        assert_eq!(TEXT.option("audit-2", "7-9"), Some("7, 8, or 9"));
        assert_eq!(
            TEXT.option("audit-3", "daily"),
            Some("Daily or almost daily")
        );
        assert_eq!(
            TEXT.option("phq-1", "more-than-half"),
            Some("More than half the days")
        );
        assert_eq!(TEXT.instrument(Instrument::Gad2).unwrap().stem, PHQ_STEM);
    }

    #[test]
    fn no_phone_numbers_in_the_text_and_no_stray_white_space() {
        // Numbers to call come from the clinic's configuration, never from content. (Attributions
        // cite a year, which is not a number to call.)
        let attributions: Vec<_> = TEXT.instruments.iter().map(|i| i.attribution).collect();
        for s in every_sentence() {
            assert!(!s.trim().is_empty());
            assert_eq!(s, s.trim(), "{s:?}");
            if attributions.contains(&s) {
                continue;
            }
            let mut run = 0;
            for c in s.chars() {
                run = if c.is_ascii_digit() { run + 1 } else { 0 };
                assert!(run < 3, "looks like a phone number: {s}");
            }
        }
    }
}
