//! English screening text. The standard instruments (AUDIT-C, PHQ-2, GAD-2) are reproduced
//! exactly as published; everything else is the project's own plain wording (CLINICAL.md 1-3).
//! Numbers to call never appear here: the crisis line, the emergency number and the clinic's
//! contact come from the clinic's configuration, and the UI shows them.

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
/// The PHQ-2 and GAD-2 instructions, as published. Each item shows on its own screen, so each
/// item carries the stem as its help.
const PHQ_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by the following problems?";
/// The first two sentences of the WHO AUDIT self-report instructions (the third is about
/// ticking boxes on paper).
const AUDIT_STEM: &str = "Because alcohol use can affect your health and can interfere with certain medications and treatments, it is important that we ask some questions about your use of alcohol. Your answers will remain confidential so please be honest.";
const PFIZER: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.";
const ONE_DRINK: &str =
    "Think about the past year. One drink means a standard drink: a 12 oz beer, a 5 oz glass of wine, or 1.5 oz of spirits.";

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
        // Safety first (CLINICAL.md 2, rules 1 and 2).
        q("safety-now", "Right now, are you having thoughts of ending your life or of hurting yourself?",
          Some("We ask everyone this first, because your safety matters most. If you answer yes, we will show you who you can talk to straight away, and you can carry on afterwards. \"Prefer not to say\" is always fine."), NO_YES),
        q("safety-month", "In the past month, have you had thoughts of ending your life or of hurting yourself on purpose?", None, NO_YES),
        q("safety-attempt", "In the past 3 months, have you done anything to end your life or to hurt yourself on purpose?", None, NO_YES),
        q("emergency-now", "Right now, is any of this happening to you (or to someone you are with)?",
          Some("Choose all that are happening now. If any are, we will show you the emergency number straight away."), &[
            ("seizure", "A seizure or fit"),
            ("confusion", "Being confused, or not knowing where you are"),
            ("hallucinations", "Seeing or hearing things that aren't there, while cutting down or stopping"),
            ("chest-pain", "Chest pain or trouble breathing"),
            ("overdose", "Signs of an overdose: very sleepy and hard to wake, slow or no breathing, blue lips"),
            NONE,
            PREFER_NOT,
        ]),
        // What and how much.
        q("substances", "In the past 3 months, which of these have you used?",
          Some("Count opioids and sedatives even if a doctor prescribed them. Count other pills only if you took more than prescribed, or pills that were not yours. Sedatives means benzodiazepines (like Xanax, Valium, Klonopin or Ativan) or sleeping pills."), &[
            ("alcohol", "Alcohol"),
            ("cannabis", "Cannabis (weed, edibles, vapes)"),
            ("opioids", "Opioids (heroin, fentanyl, methadone, or pain pills like oxycodone)"),
            ("sedatives", "Sedatives (benzodiazepines or sleeping pills)"),
            ("stimulants", "Stimulants (cocaine, meth, or ADHD pills)"),
            ("other", "Something else"),
            NONE,
            PREFER_NOT,
        ]),
        q("use-days", "In the past month, on how many days a week did you usually drink or use?", None, &[
            ("none", "None at the moment"),
            ("1-2", "1 or 2 days"),
            ("3-5", "3 to 5 days"),
            ("daily", "Every day or almost every day"),
            PREFER_NOT,
        ]),
        // AUDIT-C: the sex question only picks the published cut-off.
        q("audit-sex", "The alcohol questions have one cut-off for men and another for women. Which one should we use for you?",
          Some("We ask only to pick the published cut-off for the alcohol score: 4 or more for men, 3 or more for women. \"Prefer not to say\" uses the more careful one."), &[
            ("men", "Use the cut-off for men"),
            ("women", "Use the cut-off for women"),
            PREFER_NOT,
        ]),
        q("audit-1", "How often do you have a drink containing alcohol?", Some(ONE_DRINK), &[
            ("never", "Never"),
            ("monthly-or-less", "Monthly or less"),
            ("2-4-a-month", "2 to 4 times a month"),
            ("2-3-a-week", "2 to 3 times a week"),
            ("4-plus-a-week", "4 or more times a week"),
            PREFER_NOT,
        ]),
        q("audit-2", "How many drinks containing alcohol do you have on a typical day when you are drinking?", Some(ONE_DRINK), &[
            ("1-2", "1 or 2"),
            ("3-4", "3 or 4"),
            ("5-6", "5 or 6"),
            ("7-9", "7, 8, or 9"),
            ("10-plus", "10 or more"),
            PREFER_NOT,
        ]),
        q("audit-3", "How often do you have six or more drinks on one occasion?", Some(ONE_DRINK), &[
            ("never", "Never"),
            ("less-than-monthly", "Less than monthly"),
            ("monthly", "Monthly"),
            ("weekly", "Weekly"),
            ("daily", "Daily or almost daily"),
            PREFER_NOT,
        ]),
        // Withdrawal, by substance (rule 3).
        q("alcohol-shakes", "In the past 3 months, when you cut down or stopped drinking, or first thing in the morning, have you had the shakes or sweats, felt sick, or needed a drink to feel steady?", None, NO_YES),
        q("withdrawal-history", "Have you ever had a seizure (fit) or the DTs after stopping or cutting down on alcohol or pills?",
          Some("The DTs (delirium tremens) means severe shaking with confusion, or seeing or hearing things that aren't there."), NO_YES),
        q("sedative-days", "In the past month, how often have you taken sedatives, prescribed or not?",
          Some("Sedatives means benzodiazepines (like Xanax, Valium, Klonopin or Ativan) or sleeping pills. Whatever you answer, please don't stop them suddenly on your own."), &[
            ("less-than-weekly", "Less than once a week"),
            ("weekly", "Once a week or more, but not most days"),
            ("most-days", "Most days"),
            ("daily", "Every day"),
            PREFER_NOT,
        ]),
        q("mixing", "In the past 3 months, have you had alcohol on the same day as opioids, sedatives, or other drugs that slow you down?",
          Some("Drugs that slow you down include opioids (like heroin, fentanyl or oxycodone), sedatives (like Xanax, Valium, Klonopin or sleeping pills), and pills such as gabapentin or muscle relaxants."), NO_YES),
        // Physical health.
        q("pregnant", "Are you pregnant, or could you be?",
          Some("We ask because some care should start sooner during pregnancy."), &[
            ("no", "No"),
            ("not-applicable", "This does not apply to me"),
            ("maybe", "Maybe, I'm not sure"),
            ("yes", "Yes"),
            PREFER_NOT,
        ]),
        q("medical", "Do you have a serious health problem that is not being treated right now (for example liver or heart trouble, or an infection)?", None, NO_YES),
        // Emotional and mental health: PHQ-2 and GAD-2 exactly as published, then our own questions.
        q("phq-1", "Little interest or pleasure in doing things", Some(PHQ_STEM), HOW_OFTEN),
        q("phq-2", "Feeling down, depressed, or hopeless", Some(PHQ_STEM), HOW_OFTEN),
        q("gad-1", "Feeling nervous, anxious, or on edge", Some(PHQ_STEM), HOW_OFTEN),
        q("gad-2", "Not being able to stop or control worrying", Some(PHQ_STEM), HOW_OFTEN),
        q("psychosis", "In the past month, when you were not high or drunk, have you seen or heard things others could not, or felt sure people were watching you or out to harm you?", None, NO_YES),
        q("mania", "In the past month, have you had several days with so much energy that you hardly slept, and people around you were worried?", None, NO_YES),
        q("harm-others", "In the past month, have you had thoughts of seriously hurting someone else?", None, NO_YES),
        // Readiness and practical fit.
        q("importance", "On a scale from 0 to 10, how important is it to you to make a change to your drinking or drug use right now?",
          Some("There is no right or wrong answer."), &[
            ("0", "0 - Not at all important"),
            ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5"), ("6", "6"), ("7", "7"), ("8", "8"), ("9", "9"),
            ("10", "10 - Extremely important"),
        ]),
        q("hours", "An intensive outpatient program (IOP) usually means 9 to 19 hours a week, often 3 days a week for about 3 hours. Could you make time for that?", None, &[
            ("yes", "Yes"),
            ("with-changes", "Yes, with some changes"),
            ("no", "No, not right now"),
            PREFER_NOT,
        ]),
        q("barriers", "Would any of these make it hard for you to come to a program?", None, &[
            ("work", "Work or school hours"),
            ("transport", "Getting there"),
            ("childcare", "Childcare, or caring for someone"),
            ("cost", "Cost or insurance"),
            NONE,
            PREFER_NOT,
        ]),
        // Continued use and relapse.
        q("control", "In the past 3 months, how often did you drink or use more than you meant to, or not manage to cut down when you tried?", None, &[
            ("never", "Never"),
            ("sometimes", "Sometimes"),
            ("often", "Often"),
            PREFER_NOT,
        ]),
        q("cravings", "In the past month, how strong were your cravings or urges to drink or use on most days?", None, &[
            ("none", "I didn't have cravings"),
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
        // Home and support.
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
    // Titles and summaries say what *may* fit, never a verdict; the UI adds "This is not a
    // diagnosis" and "confirm with an assessment by our team", and shows every number to call.
    // For a crisis or an emergency the UI shows the crisis and emergency buttons and then the
    // next steps of the level of care the other answers point to.
    outcomes: &[
        OutcomeText {
            outcome: Outcome::LessIntensive,
            title: "A less intensive kind of care may be enough for you.",
            summary: "Your answers suggest that standard outpatient care (less than 9 hours a week), or a brief check-in with a counselor, may be enough for now. It is still worth talking it through with our team.",
            next_steps: &[
                "Contact the clinic and ask about outpatient counseling or a check-in.",
                "Bring this result, or a printout, so you don't have to explain everything again.",
                "If things change or get harder, take this check again or talk to us sooner.",
            ],
        },
        OutcomeText {
            outcome: Outcome::IopFit,
            title: "An intensive outpatient program (IOP) may fit you well.",
            summary: "An intensive outpatient program usually means 9 to 19 hours a week of group and one-to-one support, often 3 days a week, while you live at home. Your answers suggest it could be the right amount of support for you.",
            next_steps: &[
                "Contact the clinic to book an assessment with our team.",
                "Bring this result, or a printout, and any questions you have.",
                "If anything on this page worried you, mention it first.",
            ],
        },
        OutcomeText {
            outcome: Outcome::MoreIntensive,
            title: "A more intensive level of care is likely needed first.",
            summary: "Some of your answers point to needs that call for more support than an outpatient program gives, such as a day program (20 or more hours a week) or residential care. An intensive outpatient program may follow later.",
            next_steps: &[
                "Contact the clinic soon and tell them what you noted here.",
                "Ask which more intensive programs they offer, or can refer you to.",
                "If you feel unsafe at any point, use the crisis or emergency numbers on this page.",
            ],
        },
        OutcomeText {
            outcome: Outcome::WithdrawalFirst,
            title: "Medically supervised withdrawal is likely the safest first step.",
            summary: "Your answers suggest that stopping or cutting down could bring withdrawal that needs medical care. Please do not stop suddenly on your own. Once withdrawal is managed safely, an intensive outpatient program may come next.",
            next_steps: &[
                "Contact the clinic today and say you may need help with withdrawal.",
                "Until you have talked to a doctor or the clinic, do not stop or cut down suddenly on your own.",
                "If you have a seizure, get confused, have chest pain, or see or hear things that aren't there, call the emergency number.",
            ],
        },
        OutcomeText {
            outcome: Outcome::MedicalEmergency,
            title: "Please get emergency medical help now.",
            summary: "What you described can be dangerous and needs medical help right away. Call the emergency number now, or ask someone near you to call. If it may be an opioid overdose and you have naloxone (Narcan), give it and stay with the person until help comes.",
            next_steps: &[
                "Call the emergency number now, or ask someone near you to call.",
                "Stay with the person, or have someone stay with you, until help comes.",
                "Once you are safe, contact the clinic to talk about next steps.",
            ],
        },
        OutcomeText {
            outcome: Outcome::Crisis,
            title: "Please reach out for support right now.",
            summary: "You told us about thoughts of ending your life or hurting yourself, or that you have hurt yourself recently. You deserve support with that first, and you don't have to face it alone. The crisis line is free and confidential, and someone there will listen.",
            next_steps: &[
                "Contact the crisis line now, or call the emergency number if you are in danger.",
                "If you can, tell someone you trust how you are feeling, and don't stay alone.",
                "When you feel ready, contact the clinic; our team can help with both the feelings and the drinking or drug use.",
            ],
        },
    ],
    findings: &[
        (Finding::ThoughtsNow, "You said you are having thoughts of ending your life or hurting yourself right now."),
        (Finding::ThoughtsRecent, "You said you have had thoughts of ending your life or hurting yourself in the past month."),
        (Finding::RecentAttempt, "You said you have done something to end your life or hurt yourself in the past 3 months."),
        (Finding::EmergencySigns, "You described signs that need emergency medical help."),
        (Finding::SevereWithdrawalBefore, "You said you have had a seizure or the DTs after stopping before, so withdrawal needs medical care."),
        (Finding::WithdrawalSigns, "You said you get the shakes, sweats or feel sick when you cut down, or need a drink to feel steady. These are signs of withdrawal."),
        (Finding::DailySedatives, "You said you take sedatives most days. Stopping them suddenly can be dangerous, so it needs a doctor's help."),
        (Finding::SomeSedatives, "You said you take sedatives once a week or more. Talk to a doctor before you change how you take them."),
        (Finding::MixingDepressants, "You said you have had alcohol on the same day as drugs that slow you down. Together they raise the risk of overdose."),
        (Finding::Opioids, "You said you have used opioids. Medication can help a lot, and using opioids never rules you out of a program."),
        (Finding::Pregnancy, "You said you are or may be pregnant, so it is important to talk to the clinic soon."),
        (Finding::UntreatedMedical, "You said you have a serious health problem that is not being treated right now. It needs care too."),
        (Finding::Psychosis, "You said that, when not high or drunk, you have seen or heard things others could not, or felt people were out to harm you."),
        (Finding::Mania, "You said you have had several days with so much energy that you hardly slept."),
        (Finding::HarmOthers, "You said you have had thoughts of seriously hurting someone else. If you might act on them, call the emergency number."),
        (Finding::LowMood, "Your answers to the questions on low mood (PHQ-2) are at or above the usual cut-off."),
        (Finding::Anxiety, "Your answers to the questions on worry and anxiety (GAD-2) are at or above the usual cut-off."),
        (Finding::RiskyDrinking, "Your answers to the alcohol questions (AUDIT-C) are at or above the usual cut-off."),
        (Finding::FrequentUse, "You said you drink or use on 3 or more days in a usual week."),
        (Finding::LossOfControl, "You said you sometimes drink or use more than you meant to, or find it hard to cut down."),
        (Finding::StrongCravings, "You said your cravings are strong on most days."),
        (Finding::UseProblems, "You said drinking or using has caused problems in your life in the past year."),
        (Finding::RelapseAfterTreatment, "You said you started again soon after treatment before. That happens to many people, and more support this time can help."),
        (Finding::UnsafeHome, "You said your home is not always a safe place for you."),
        (Finding::UseAtHome, "You said someone you live with drinks or uses in a way that makes it harder for you."),
        (Finding::UnstableHousing, "You said you may not have a stable place to live in the coming months."),
        (Finding::LittleSupport, "You said you don't have much support around you right now."),
        (Finding::HoursHard, "You said finding the hours for a program could be hard."),
        (Finding::PracticalBarriers, "You said practical things, like work, getting there, childcare or cost, could get in the way."),
        (Finding::NotSureChangeMatters, "You are not sure yet that making a change matters much to you. That's okay; talking it through can help."),
        (Finding::ChangeMatters, "Making a change matters to you. That is a strong place to start from."),
        (Finding::SafeStableHome, "You have a safe, stable home without drinking or drug use around you."),
        (Finding::Support, "You have someone who supports you in making a change."),
        (Finding::LowRiskAnswers, "Your answers about how often you use, cravings and problems from use are in a lower-risk range."),
        (Finding::NoUse, "You said you have not used alcohol or drugs in the past 3 months."),
        (Finding::Unanswered, "You chose not to answer some questions, so we can't rule everything out. That's okay; you can talk it through with our team."),
    ],
    flags: &[
        FlagText {
            flag: Flag::AskAboutMedication,
            title: "Ask about medication.",
            body: "Medication for opioid use disorder (buprenorphine, methadone or naltrexone) helps many people stay safer and stay in recovery. Ask the clinic whether it could help you.",
        },
        FlagText {
            flag: Flag::PregnancyContactPromptly,
            title: "Please contact the clinic promptly.",
            body: "Because you are or may be pregnant, please contact the clinic soon, so that you and your baby get the right care early.",
        },
        FlagText {
            flag: Flag::DoNotStopSuddenly,
            title: "Don't stop suddenly on your own.",
            body: "Stopping sedatives all at once, or opioids during pregnancy, can be dangerous. Talk to a doctor or the clinic first; they can help you cut down safely.",
        },
        FlagText {
            flag: Flag::RecoveryResidence,
            title: "A safe place to live matters.",
            body: "Residential care or a recovery residence (sober living) may help while you get started. This is decided together with the clinic; it does not rule out an intensive outpatient program.",
        },
        FlagText {
            flag: Flag::SafetyNotConfirmed,
            title: "Support is there any time.",
            body: "You chose not to answer a safety question, and that's okay. If you ever have thoughts of ending your life or hurting yourself, you can reach out to the crisis line on this page at any time.",
        },
        FlagText {
            flag: Flag::WithdrawalRiskUnknown,
            title: "Tell the clinic about withdrawal.",
            body: "Before you stop or cut down, tell the clinic about any shakes, sweats, feeling sick, or past seizures, so that it can be done safely.",
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
            stem: AUDIT_STEM,
            attribution: "AUDIT-C: the first three questions of the Alcohol Use Disorders Identification Test (AUDIT), World Health Organization (Babor, Higgins-Biddle, Saunders & Monteiro, 2001).",
            negative: "Below the cut-off. The score runs from 0 to 12; 4 or more for men, or 3 or more for women, would suggest risky drinking.",
            positive: "At or above the cut-off. The score runs from 0 to 12; 4 or more for men, or 3 or more for women, suggests risky drinking.",
        },
        InstrumentText {
            instrument: Instrument::Phq2,
            name: "PHQ-2",
            stem: PHQ_STEM,
            attribution: PFIZER,
            negative: "Below the cut-off. The score runs from 0 to 6; 3 or more would suggest talking to a professional about low mood.",
            positive: "At or above the cut-off. The score runs from 0 to 6; 3 or more suggests talking to a professional about low mood.",
        },
        InstrumentText {
            instrument: Instrument::Gad2,
            name: "GAD-2",
            stem: PHQ_STEM,
            attribution: PFIZER,
            negative: "Below the cut-off. The score runs from 0 to 6; 3 or more would suggest talking to a professional about anxiety.",
            positive: "At or above the cut-off. The score runs from 0 to 6; 3 or more suggests talking to a professional about anxiety.",
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
        crisis_body: "Thank you for telling us. What you said tells us you may be in danger, and talking to someone right now can help. It's free and confidential.",
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
    use crate::core::screening::questionnaire::{OptionKind, QUESTIONS};

    const CONCERNS: [Concern; 3] = [Concern::Strength, Concern::Moderate, Concern::High];
    const INSTRUMENTS: [Instrument; 3] = [Instrument::AuditC, Instrument::Phq2, Instrument::Gad2];

    /// Every piece of text a person can see, with where it comes from.
    fn every_sentence() -> Vec<(String, &'static str)> {
        let t = &TEXT;
        let mut all: Vec<(String, &'static str)> = Vec::new();
        let mut add = |at: String, s: &'static str| all.push((at, s));
        for q in t.questions {
            add(format!("{} prompt", q.id), q.prompt);
            if let Some(help) = q.help {
                add(format!("{} help", q.id), help);
            }
            for (id, label) in q.options {
                add(format!("{} option {id}", q.id), label);
            }
        }
        for (d, s) in t.dimensions {
            add(format!("{d:?}"), s);
        }
        for o in t.outcomes {
            add(format!("{:?} title", o.outcome), o.title);
            add(format!("{:?} summary", o.outcome), o.summary);
            for s in o.next_steps {
                add(format!("{:?} next step", o.outcome), s);
            }
        }
        for (f, s) in t.findings {
            add(format!("{f:?}"), s);
        }
        for f in t.flags {
            add(format!("{:?} title", f.flag), f.title);
            add(format!("{:?} body", f.flag), f.body);
        }
        for (c, s) in t.concerns {
            add(format!("{c:?}"), s);
        }
        for i in t.instruments {
            for s in [i.name, i.stem, i.attribution, i.negative, i.positive] {
                add(format!("{:?}", i.instrument), s);
            }
        }
        for p in t.examples {
            add(format!("example {}", p.id), p.name);
            add(format!("example {}", p.id), p.story);
        }
        let ui = &t.ui;
        for s in [
            ui.intro,
            ui.begin,
            ui.resume,
            ui.progress,
            ui.back,
            ui.next,
            ui.choose_one,
            ui.choose_any,
            ui.answer_needed,
            ui.start_over,
            ui.crisis_heading,
            ui.crisis_body,
            ui.emergency_heading,
            ui.emergency_body,
            ui.continue_after_interrupt,
            ui.result_heading,
            ui.why_heading,
            ui.summary_heading,
            ui.scores_heading,
            ui.next_steps_heading,
            ui.then_heading,
            ui.not_a_diagnosis,
            ui.confirm_with_team,
            ui.print,
            ui.saved_note,
            ui.examples_heading,
            ui.example_show,
            ui.rule_heading,
        ] {
            add("ui".into(), s);
        }
        for (o, s) in ui.rules {
            add(format!("ui rule {o:?}"), s);
        }
        all
    }

    #[test]
    fn every_question_and_option_has_words_and_nothing_else_does() {
        for q in QUESTIONS {
            let text = TEXT
                .question(q.id)
                .unwrap_or_else(|| panic!("no text for {}", q.id));
            assert!(!text.prompt.trim().is_empty(), "empty prompt for {}", q.id);
            let ids: Vec<_> = text.options.iter().map(|(id, _)| *id).collect();
            let expected: Vec<_> = q.options.iter().map(|o| o.id).collect();
            assert_eq!(ids, expected, "options of {}", q.id);
            for option in q.options {
                let label = TEXT.option(q.id, option.id).unwrap();
                assert!(!label.trim().is_empty(), "{} {}", q.id, option.id);
                match option.kind {
                    OptionKind::PreferNotToSay => assert_eq!(label, "Prefer not to say"),
                    OptionKind::NoneOfThese => assert_eq!(label, "None of these"),
                    OptionKind::Answer => {}
                }
            }
        }
        for (i, text) in TEXT.questions.iter().enumerate() {
            assert!(
                QUESTIONS.iter().any(|q| q.id == text.id),
                "text for a question that does not exist: {}",
                text.id
            );
            assert!(
                TEXT.questions[..i].iter().all(|t| t.id != text.id),
                "text for {} twice",
                text.id
            );
        }
    }

    #[test]
    fn every_dimension_outcome_finding_flag_concern_and_instrument_has_words_once() {
        fn once<K: PartialEq + Copy + std::fmt::Debug>(table: &[(K, &str)], keys: &[K]) {
            assert_eq!(table.len(), keys.len(), "extra or missing rows");
            for k in keys {
                let rows: Vec<_> = table.iter().filter(|(key, _)| key == k).collect();
                assert_eq!(rows.len(), 1, "{k:?} needs exactly one text");
                assert!(!rows[0].1.trim().is_empty(), "{k:?}");
            }
        }
        once(TEXT.dimensions, &Dimension::ALL);
        once(TEXT.findings, &Finding::ALL);
        once(TEXT.concerns, &CONCERNS);

        assert_eq!(TEXT.outcomes.len(), Outcome::ALL.len());
        for o in Outcome::ALL {
            let t = TEXT.outcome(o).unwrap_or_else(|| panic!("{o:?}"));
            for s in [t.title, t.summary] {
                assert!(!s.is_empty(), "{o:?}");
            }
        }
        assert_eq!(TEXT.flags.len(), Flag::ALL.len());
        for f in Flag::ALL {
            let t = TEXT.flag(f).unwrap_or_else(|| panic!("{f:?}"));
            assert!(!t.title.is_empty() && !t.body.is_empty(), "{f:?}");
        }
        assert_eq!(TEXT.instruments.len(), INSTRUMENTS.len());
        for i in INSTRUMENTS {
            let t = TEXT.instrument(i).unwrap_or_else(|| panic!("{i:?}"));
            for s in [t.name, t.stem, t.attribution, t.negative, t.positive] {
                assert!(!s.is_empty(), "{i:?}");
            }
        }
    }

    #[test]
    fn outcomes_say_what_may_fit_never_a_verdict() {
        for o in Outcome::ALL {
            let t = TEXT.outcome(o).unwrap();
            assert!(
                (2..=4).contains(&t.next_steps.len()),
                "{o:?} needs 2-4 next steps"
            );
            for s in [t.title, t.summary] {
                let lower = s.to_lowercase();
                for banned in ["diagnos", "disorder", "asam"] {
                    assert!(!lower.contains(banned), "{o:?} says {banned:?}: {s}");
                }
            }
        }
        // Levels of care say "may" or "likely"; withdrawal never advises stopping on one's own.
        for o in [
            Outcome::LessIntensive,
            Outcome::IopFit,
            Outcome::MoreIntensive,
            Outcome::WithdrawalFirst,
        ] {
            let title = TEXT.outcome(o).unwrap().title;
            assert!(
                title.contains("may") || title.contains("likely"),
                "{o:?}: {title}"
            );
        }
        let withdrawal = TEXT.outcome(Outcome::WithdrawalFirst).unwrap();
        assert!(withdrawal.summary.contains("do not stop suddenly"));
        assert!(withdrawal.summary.contains("may come next"));
    }

    #[test]
    fn flags_say_what_the_rules_require() {
        let body = |f| TEXT.flag(f).unwrap().body;
        for medication in ["buprenorphine", "methadone", "naltrexone", "opioid use"] {
            assert!(body(Flag::AskAboutMedication).contains(medication));
        }
        assert!(body(Flag::PregnancyContactPromptly).contains("contact the clinic"));
        assert!(body(Flag::DoNotStopSuddenly).contains("Talk to a doctor or the clinic first"));
        assert!(body(Flag::RecoveryResidence).contains("decided together with the clinic"));
        assert!(body(Flag::RecoveryResidence).contains("does not rule out"));
        assert!(body(Flag::SafetyNotConfirmed).contains("crisis line"));
        assert!(body(Flag::ScheduleHelp).contains("evening or online"));
    }

    #[test]
    fn standard_instruments_keep_their_published_wording() {
        let prompt = |id| TEXT.question(id).unwrap().prompt;
        let labels = |id| -> Vec<&str> {
            TEXT.question(id)
                .unwrap()
                .options
                .iter()
                .map(|(_, label)| *label)
                .collect()
        };
        assert_eq!(
            prompt("audit-1"),
            "How often do you have a drink containing alcohol?"
        );
        assert_eq!(
            labels("audit-1"),
            [
                "Never",
                "Monthly or less",
                "2 to 4 times a month",
                "2 to 3 times a week",
                "4 or more times a week",
                "Prefer not to say"
            ]
        );
        assert_eq!(
            prompt("audit-2"),
            "How many drinks containing alcohol do you have on a typical day when you are drinking?"
        );
        assert_eq!(
            labels("audit-2"),
            [
                "1 or 2",
                "3 or 4",
                "5 or 6",
                "7, 8, or 9",
                "10 or more",
                "Prefer not to say"
            ]
        );
        assert_eq!(
            prompt("audit-3"),
            "How often do you have six or more drinks on one occasion?"
        );
        assert_eq!(
            labels("audit-3"),
            [
                "Never",
                "Less than monthly",
                "Monthly",
                "Weekly",
                "Daily or almost daily",
                "Prefer not to say"
            ]
        );

        let stem =
            "Over the last 2 weeks, how often have you been bothered by the following problems?";
        for (id, item) in [
            ("phq-1", "Little interest or pleasure in doing things"),
            ("phq-2", "Feeling down, depressed, or hopeless"),
            ("gad-1", "Feeling nervous, anxious, or on edge"),
            ("gad-2", "Not being able to stop or control worrying"),
        ] {
            assert_eq!(prompt(id), item);
            assert_eq!(TEXT.question(id).unwrap().help, Some(stem), "{id}");
            assert_eq!(
                labels(id),
                [
                    "Not at all",
                    "Several days",
                    "More than half the days",
                    "Nearly every day",
                    "Prefer not to say"
                ],
                "{id}"
            );
        }

        let instrument = |i| TEXT.instrument(i).unwrap();
        assert_eq!(instrument(Instrument::AuditC).name, "AUDIT-C");
        assert_eq!(
            instrument(Instrument::AuditC).attribution,
            "AUDIT-C: the first three questions of the Alcohol Use Disorders Identification Test (AUDIT), World Health Organization (Babor, Higgins-Biddle, Saunders & Monteiro, 2001)."
        );
        assert!(instrument(Instrument::AuditC)
            .stem
            .starts_with("Because alcohol use can affect your health"));
        for (i, name, topic) in [
            (Instrument::Phq2, "PHQ-2", "low mood"),
            (Instrument::Gad2, "GAD-2", "anxiety"),
        ] {
            let t = instrument(i);
            assert_eq!(t.name, name);
            assert_eq!(t.stem, stem);
            assert_eq!(
                t.attribution,
                "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
            );
            for band in [t.negative, t.positive] {
                assert!(
                    band.contains("0 to 6") && band.contains("3 or more"),
                    "{name}"
                );
                assert!(band.contains(topic), "{name}");
            }
        }
        for band in [
            instrument(Instrument::AuditC).negative,
            instrument(Instrument::AuditC).positive,
        ] {
            assert!(band.contains("0 to 12"));
            assert!(band.contains("4 or more for men") && band.contains("3 or more for women"));
        }
    }

    #[test]
    fn our_own_scales_and_the_sex_question_read_as_briefed() {
        let mut ruler = vec![("0", "0 - Not at all important".to_string())];
        for n in 1..=9 {
            ruler.push((
                ["1", "2", "3", "4", "5", "6", "7", "8", "9"][n - 1],
                n.to_string(),
            ));
        }
        ruler.push(("10", "10 - Extremely important".to_string()));
        let importance = TEXT.question("importance").unwrap();
        assert_eq!(
            importance.prompt,
            "On a scale from 0 to 10, how important is it to you to make a change to your drinking or drug use right now?"
        );
        let given: Vec<_> = importance
            .options
            .iter()
            .map(|(id, label)| (*id, label.to_string()))
            .collect();
        assert_eq!(given, ruler);

        assert_eq!(
            TEXT.option("audit-sex", "men"),
            Some("Use the cut-off for men")
        );
        assert_eq!(
            TEXT.option("audit-sex", "women"),
            Some("Use the cut-off for women")
        );
        let help = TEXT.question("audit-sex").unwrap().help.unwrap();
        assert!(help.contains("4 or more for men") && help.contains("3 or more for women"));
        assert!(help.contains("more careful"));

        let hours = TEXT.question("hours").unwrap().prompt;
        assert!(hours.contains("9 to 19 hours a week") && hours.contains("3 days a week"));
        assert_eq!(
            TEXT.question("emergency-now").unwrap().prompt,
            "Right now, is any of this happening to you (or to someone you are with)?"
        );
        assert!(TEXT
            .question("safety-attempt")
            .unwrap()
            .prompt
            .contains("past 3 months"));
        assert!(TEXT.ui.progress.contains("{n}") && TEXT.ui.progress.contains("{m}"));
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
    fn no_phone_numbers_in_the_text() {
        // Numbers to call come from the clinic's configuration, never from content. The
        // attributions cite a year, which is not a number to call; answer labels and the 0-10
        // ruler have at most two digits, so they are checked like everything else.
        let attributions: Vec<_> = TEXT.instruments.iter().map(|i| i.attribution).collect();
        for (at, s) in every_sentence() {
            if attributions.contains(&s) {
                continue;
            }
            let mut run = 0;
            for c in s.chars() {
                run = if c.is_ascii_digit() { run + 1 } else { 0 };
                assert!(run < 3, "{at} looks like it has a phone number: {s}");
            }
        }
    }

    #[test]
    fn no_empty_text_and_no_stray_white_space() {
        for (at, s) in every_sentence() {
            assert!(!s.trim().is_empty(), "{at} is empty");
            assert_eq!(s, s.trim(), "{at} has white space at an end");
            assert!(
                !s.contains("  ") && !s.contains('\n') && !s.contains('\t'),
                "{at}: {s:?}"
            );
        }
    }
}
