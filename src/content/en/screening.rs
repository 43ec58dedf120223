//! English screening text. The standard instruments (AUDIT-C, PHQ-2, GAD-2 and PHQ-9 item 9) are
//! reproduced exactly as published; everything else is the project's own plain wording
//! (CLINICAL.md 1-3, revision 2). Numbers to call never appear here: the crisis line, the
//! emergency number and the clinic's contact come from the clinic's configuration, and the UI
//! shows them.

use crate::content::{
    ExamplePerson, FlagText, InstrumentText, OutcomeText, QuestionText, ScreeningText, ScreeningUi,
};
use crate::core::config::Region;
use crate::core::screening::questionnaire::{Dimension, Instrument};
use crate::core::screening::{Concern, Finding, Flag, Outcome};

const PREFER_NOT: (&str, &str) = ("prefer-not", "Prefer not to say");
const NONE: (&str, &str) = ("none", "None of these");
const NO_YES: &[(&str, &str)] = &[("no", "No"), ("yes", "Yes"), PREFER_NOT];
/// PHQ-2, GAD-2 and PHQ-9 answers, as published.
const HOW_OFTEN: &[(&str, &str)] = &[
    ("not-at-all", "Not at all"),
    ("several-days", "Several days"),
    ("more-than-half", "More than half the days"),
    ("nearly-every-day", "Nearly every day"),
    PREFER_NOT,
];
/// How often one kind of sedative was taken (own wording).
const SEDATIVE_DAYS: &[(&str, &str)] = &[
    ("not-at-all", "Not at all in the past month"),
    ("less-than-weekly", "Less than once a week"),
    ("weekly", "Once a week or more, but not most days"),
    ("most-days", "Most days"),
    ("daily", "Every day"),
    PREFER_NOT,
];
/// The PHQ-2 and GAD-2 instructions, as published. Each item shows on its own screen, so each
/// item carries the stem as its help.
const PHQ_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by the following problems?";
/// The PHQ-9's instructions, as published (they say "any of" where the PHQ-2's do not).
const PHQ9_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
/// The first two sentences of the WHO AUDIT self-report instructions (the third is about
/// ticking boxes on paper).
const AUDIT_STEM: &str = "Because alcohol use can affect your health and can interfere with certain medications and treatments, it is important that we ask some questions about your use of alcohol. Your answers will remain confidential so please be honest.";
const PFIZER: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.";
const SEDATIVES_HELP: &str = "Count it whether or not a doctor prescribed it. Whatever you answer, please don't stop suddenly on your own: stopping these all at once can be dangerous.";

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

const fn ruler(low: &'static str, high: &'static str) -> [(&'static str, &'static str); 12] {
    [
        ("0", low),
        ("1", "1"),
        ("2", "2"),
        ("3", "3"),
        ("4", "4"),
        ("5", "5"),
        ("6", "6"),
        ("7", "7"),
        ("8", "8"),
        ("9", "9"),
        ("10", high),
        PREFER_NOT,
    ]
}
const IMPORTANCE: [(&str, &str); 12] =
    ruler("0 - Not at all important", "10 - Extremely important");
const CONFIDENCE: [(&str, &str); 12] =
    ruler("0 - Not at all confident", "10 - Extremely confident");

pub static TEXT: ScreeningText = ScreeningText {
    questions: &[
        // Safety first (CLINICAL.md 2, rules 1 and 2).
        q("safety-now", "Right now, are you having thoughts of ending your life or of hurting yourself?",
          Some("We ask everyone this first, because your safety matters most. If you answer yes, we will show you who you can talk to straight away, and you can carry on afterwards. You can skip any question with \"Prefer not to say\"."), NO_YES),
        q("phq-9-item-9", "Thoughts that you would be better off dead or of hurting yourself in some way", Some(PHQ9_STEM), HOW_OFTEN),
        q("safety-month", "In the past month, have you had thoughts of ending your life or of hurting yourself on purpose?", None, NO_YES),
        q("safety-attempt", "In the past 3 months, have you done anything to end your life or to hurt yourself on purpose?", None, NO_YES),
        q("harm-others-now", "Right now, are you having thoughts of seriously hurting someone else?",
          Some("If you answer yes, we will show you who you can talk to straight away, and you can carry on afterwards."), NO_YES),
        q("emergency-now", "Right now, is any of this happening to you (or to someone you are with)?",
          Some("Choose all that are happening now. If any are, we will show you the emergency number straight away."), &[
            ("seizure", "A seizure or fit"),
            ("confusion", "Being confused, or not knowing where you are"),
            ("hallucinations", "Seeing or hearing things that aren't there, while cutting down or stopping"),
            ("chest-pain", "Chest pain or trouble breathing"),
            ("overdose", "Signs of an overdose: very sleepy and hard to wake, slow or no breathing, blue lips"),
            ("intoxicated", "So drunk or high right now that you may not be safe"),
            NONE,
            PREFER_NOT,
        ]),
        // What and how much.
        q("substances", "In the past 12 months, which of these have you used?",
          Some("Choose everything you have used, including medicine a doctor prescribed. The next questions ask how you take it."), &[
            ("alcohol", "Alcohol"),
            ("cannabis", "Cannabis (weed, edibles, vapes)"),
            ("opioids", "Opioids (heroin, fentanyl, methadone, buprenorphine, or pain pills like oxycodone)"),
            ("sedatives", "Sedatives or sleeping pills (like Xanax, Valium, Ambien, GHB, or gabapentin)"),
            ("stimulants", "Stimulants (cocaine, meth, or ADHD pills)"),
            ("other", "Something else"),
            NONE,
            PREFER_NOT,
        ]),
        q("opioid-use", "How do you take opioids?",
          Some("Choose all that fit the past 12 months."), &[
            ("prescribed-pain", "Pain medicine prescribed to me, taken only as prescribed"),
            ("moud", "Methadone or buprenorphine (like Suboxone) prescribed to me for opioid use, taken as prescribed"),
            ("not-as-prescribed", "Opioids not prescribed to me, or more than prescribed (including heroin or fentanyl)"),
            PREFER_NOT,
        ]),
        q("benzodiazepine-days", "In the past month, how often did you take benzodiazepines (like Xanax, Valium, Klonopin or Ativan)?", Some(SEDATIVES_HELP), SEDATIVE_DAYS),
        q("z-drug-days", "In the past month, how often did you take \"z-drug\" sleeping pills (like Ambien, zolpidem or zopiclone)?", Some(SEDATIVES_HELP), SEDATIVE_DAYS),
        q("barbiturate-days", "In the past month, how often did you take barbiturates (like phenobarbital or butalbital)?", Some(SEDATIVES_HELP), SEDATIVE_DAYS),
        q("ghb-days", "In the past month, how often did you take GHB or GBL (G, liquid ecstasy)?", Some(SEDATIVES_HELP), SEDATIVE_DAYS),
        q("gabapentinoid-days", "In the past month, how often did you take pregabalin (Lyrica) or gabapentin?", Some(SEDATIVES_HELP), SEDATIVE_DAYS),
        q("sedatives-prescribed", "Were these sedatives or sleeping pills prescribed to you, and did you take them only as prescribed?", None, &[
            ("as-prescribed", "Yes, all prescribed to me and taken only as prescribed"),
            ("not-as-prescribed", "No: some were not prescribed to me, or I took more than prescribed"),
            PREFER_NOT,
        ]),
        q("use-days", "In the past month, on how many days a week did you usually drink or use?",
          Some("Don't count medicine you take only as prescribed."), &[
            ("none", "Not at all in the past month"),
            ("less-than-weekly", "Less than once a week"),
            ("1-2", "1 or 2 days a week"),
            ("3-5", "3 to 5 days a week"),
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
        // AUDIT-C items: the UI adds the standard drink of the configured region as help.
        q("audit-1", "How often do you have a drink containing alcohol?", None, &[
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
        // Withdrawal (rule 3).
        q("withdrawal-signs", "In the past 3 months, when you cut down or stopped drinking, or first thing in the morning, have you had any of these?",
          Some("Choose all that apply."), &[
            ("shakes", "The shakes (shaking hands)"),
            ("sweats", "Sweats"),
            ("morning-drink", "Needing a drink in the morning to feel steady"),
            ("hallucinations", "Seeing or hearing things that aren't there"),
            ("felt-sick", "Feeling sick to my stomach"),
            NONE,
            PREFER_NOT,
        ]),
        q("withdrawal-history", "Have you ever had a seizure (fit) or the DTs after stopping or cutting down on alcohol or pills?",
          Some("The DTs (delirium tremens) is a dangerous kind of withdrawal: sudden, severe confusion, often with shaking, sweating and a racing heart. Seeing or hearing things on its own is not the DTs."), NO_YES),
        q("mixing", "In the past 3 months, have you taken two or more of these on the same day: alcohol, opioids, sedatives or sleeping pills, GHB, pregabalin or gabapentin?",
          Some("Count it even if a doctor prescribed them. Together they slow your breathing more than either alone."), NO_YES),
        q("overdose", "In the past 12 months, have you overdosed, or had to be woken up, revived or taken to hospital after drinking or using?", None, NO_YES),
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
        q("psychosis", "In the past month, have you seen or heard things others could not, or felt sure people were watching you or out to harm you?",
          Some("Count it even if it happened only while you were high or drunk, or coming down."), NO_YES),
        q("mania", "In the past month, has either of these happened?", Some("Choose all that apply."), &[
            ("no-sleep", "Several days when I hardly slept but didn't feel tired"),
            ("racing", "People around me were worried about how fast I was talking or how much energy I had"),
            NONE,
            PREFER_NOT,
        ]),
        q("harm-others", "In the past month, have you had thoughts of seriously hurting someone else?", None, NO_YES),
        // Readiness and practical fit.
        q("importance", "On a scale from 0 to 10, how important is it to you to make a change to your drinking or drug use right now?",
          Some("There is no right or wrong answer."), &IMPORTANCE),
        q("confidence", "On a scale from 0 to 10, if you decided to make a change, how confident are you that you could do it?",
          Some("There is no right or wrong answer."), &CONFIDENCE),
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
    // diagnosis" and "confirm with an assessment by our team" (or, for a crisis or emergency,
    // "reach help now"), and shows every number to call.
    outcomes: &[
        OutcomeText {
            outcome: Outcome::NotSubstanceUse,
            title: "This program may not be the right place for what you are facing.",
            summary: "This program is for people who want help with alcohol or drug use, and you told us you haven't used any in the past 12 months (not counting medicine you take as prescribed). If anything else in your answers worries you, like low mood, worry or your safety, our team or your doctor can help you find the right support.",
            next_steps: &[
                "If your mood, worries or safety are on your mind, talk to the clinic or your doctor about them.",
                "If you start drinking or using again, or are afraid you might, come back to this check or call the clinic.",
                "If you want support to stay well, ask the clinic about groups or check-ins.",
            ],
        },
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
            summary: "An intensive outpatient program usually means 9 to 19 hours a week of group and one-to-one support, often 3 days a week, while you live at home. Your answers suggest it may be the right amount of support for you.",
            next_steps: &[
                "Contact the clinic to book an assessment with our team.",
                "Bring this result, or a printout, and any questions you have.",
                "If anything on this page worried you, mention it first.",
            ],
        },
        OutcomeText {
            outcome: Outcome::TalkToUs,
            title: "Let's talk it through: we can't tell from these answers alone.",
            summary: "From what you shared, we can't say which kind of care would fit you best. That's okay, and it is not a bad sign. A conversation with our team is the best next step; you decide what you want to share.",
            next_steps: &[
                "Contact the clinic and ask for a conversation about your options.",
                "Bring this result, or a printout, if it helps you start the talk.",
                "If you feel unsafe at any point, use the crisis or emergency numbers on this page.",
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
            summary: "What you told us about your safety, or about thoughts of hurting someone, matters more than anything else here. You deserve support with that first, and you don't have to face it alone. The crisis line is free and confidential, and someone there will listen.",
            next_steps: &[
                "Contact the crisis line now, or call the emergency number if you or someone else is in danger.",
                "If you can, tell someone you trust how you are feeling, and don't stay alone.",
                "When you feel ready, contact the clinic; our team can help with both the feelings and the drinking or drug use.",
            ],
        },
    ],
    iop_fit_cannot_attend: OutcomeText {
        outcome: Outcome::IopFit,
        title: "An intensive outpatient program (IOP) may fit your needs, and the hours are worth talking about.",
        summary: "Your answers suggest that the support of an intensive outpatient program may help, but you told us you can't make 9 or more hours a week right now. Many programs can help with that: evening or online groups, a schedule that fits around work, and help with childcare or getting there.",
        next_steps: &[
            "Contact the clinic and ask which hours, evening or online groups they offer.",
            "Tell them what makes the time hard (work, childcare, getting there), so they can look at it with you.",
            "Bring this result, or a printout, and any questions you have.",
        ],
    },
    drinks: &[
        (Region::Us, "One drink means a standard drink: a 12 oz can of beer, a 5 oz glass of wine, or a 1.5 oz shot of spirits."),
        (Region::Ca, "One drink means a standard drink of 10 g of alcohol: about 250 ml of regular beer (a bit less than a bottle), a 100 ml glass of wine, or a 30 ml shot of spirits."),
        (Region::Uk, "One drink here means one UK unit (8 g of alcohol): half a pint of ordinary-strength beer or cider, half a small (125 ml) glass of wine, or a single 25 ml measure of spirits."),
        (Region::Ie, "One drink means one standard drink (10 g of alcohol): a half pint of beer, a small (100 ml) glass of wine, or a pub measure of spirits."),
        (Region::Au, "One drink means one standard drink (10 g of alcohol): a 285 ml glass of full-strength beer, a 100 ml glass of wine, or a 30 ml nip of spirits."),
        (Region::Nz, "One drink means one standard drink (10 g of alcohol): a 330 ml can of 4% beer, a 100 ml glass of wine, or a 30 ml nip of spirits."),
        (Region::Es, "One drink means one standard drink (10 g of alcohol): a small beer (a caña), a small glass of wine, or half a measure of spirits."),
        (Region::Mx, "One drink means one standard drink (10 g of alcohol): about 250 ml of beer (two thirds of a can), a 100 ml glass of wine, or a 30 ml shot of tequila or other spirits."),
    ],
    findings: &[
        (Finding::ThoughtsNow, "You said you are having thoughts of ending your life or hurting yourself right now."),
        (Finding::PassiveThoughts, "You said that in the last 2 weeks you have had thoughts that you would be better off dead, or of hurting yourself."),
        (Finding::ThoughtsRecent, "You said you have had thoughts of ending your life or hurting yourself in the past month."),
        (Finding::RecentAttempt, "You said you have done something to end your life or hurt yourself in the past 3 months."),
        (Finding::HarmOthersNow, "You said you are having thoughts of seriously hurting someone else right now."),
        (Finding::SafetyDeclined, "You chose not to answer a question about your safety. That's okay, and the crisis line is there if you need it."),
        (Finding::EmergencySigns, "You said something is happening right now that needs emergency medical help."),
        (Finding::SevereWithdrawalBefore, "You said you have had a seizure or the DTs after stopping before, so withdrawal needs medical care."),
        (Finding::WithdrawalSigns, "You said you drink 4 or more times a week (or almost every day) and have had signs of withdrawal, like the shakes, sweats, needing a morning drink, or seeing or hearing things."),
        (Finding::WithdrawalSignsLessOften, "You said you have had signs of withdrawal, like the shakes, sweats, needing a morning drink, or seeing or hearing things. Tell the clinic before you cut down."),
        (Finding::FeltSickCuttingDown, "You said you have felt sick to your stomach when cutting down."),
        (Finding::DailySedatives, "You said you take a sedative or sleeping pill on most days. Stopping suddenly can be dangerous, so cutting down needs a doctor's help."),
        (Finding::SomeSedatives, "You said you take a sedative or sleeping pill once a week or more. Talk to a doctor before you change how you take it."),
        (Finding::MixingDepressants, "You said you have taken two or more drugs that slow you down on the same day (like alcohol, opioids or sedatives). Together they raise the risk of overdose."),
        (Finding::Opioids, "You said you use opioids that are not prescribed to you, or more than prescribed (or chose not to say). Medication and overdose safety can help a lot, and using opioids never rules you out of a program."),
        (Finding::OpioidsAsPrescribed, "You said you take opioid pain medicine only as prescribed. On its own, that is not a reason for this program."),
        (Finding::OnMoud, "You said you take methadone or buprenorphine as prescribed. Keep taking it; it works well alongside a program."),
        (Finding::PastOverdose, "You said you have overdosed, or needed help after drinking or using, in the past 12 months."),
        (Finding::Pregnancy, "You said you are or may be pregnant, so it is important to talk to the clinic soon."),
        (Finding::UntreatedMedical, "You said you have a serious health problem that is not being treated right now. It needs care too."),
        (Finding::Psychosis, "You said you have seen or heard things others could not, or felt sure people were watching you or out to harm you, in the past month."),
        (Finding::Mania, "You said that in the past month you had days of hardly sleeping without feeling tired, or others were worried about how fast you talked or how much energy you had."),
        (Finding::HarmOthers, "You said you have had thoughts of seriously hurting someone else in the past month. If you might act on them, call the emergency number."),
        (Finding::LowMood, "Your answers to the questions on low mood (PHQ-2) are at or above the usual cut-off."),
        (Finding::Anxiety, "Your answers to the questions on worry and anxiety (GAD-2) are at or above the usual cut-off."),
        (Finding::RiskyDrinking, "Your answers to the alcohol questions (AUDIT-C) are at or above the usual cut-off."),
        (Finding::UseLessThanWeekly, "You said you drink or use less than once a week."),
        (Finding::UseWeekly, "You said you drink or use on 1 or 2 days in a usual week."),
        (Finding::FrequentUse, "You said you drink or use on 3 to 5 days in a usual week."),
        (Finding::DailyUse, "You said you drink or use every day or almost every day."),
        (Finding::LossOfControlSometimes, "You said you sometimes drink or use more than you meant to, or don't manage to cut down."),
        (Finding::LossOfControlOften, "You said you often drink or use more than you meant to, or don't manage to cut down."),
        (Finding::MildCravings, "You said your cravings are mild on most days."),
        (Finding::StrongCravings, "You said your cravings are strong on most days."),
        (Finding::VeryStrongCravings, "You said your cravings are very strong and hard to resist on most days."),
        (Finding::SomeProblems, "You said drinking or using has caused some problems in your life in the past year."),
        (Finding::ManyProblems, "You said drinking or using has caused many problems in your life in the past year."),
        (Finding::RelapseAfterTreatment, "You said you started again soon after treatment before. That happens to many people, and more support this time can help."),
        (Finding::StayedWellAfterTreatment, "You said you stayed well for a good while after treatment before. What helped then can help again."),
        (Finding::HomeNotAlwaysSafe, "You said your home is not always a safe place for you."),
        (Finding::UnsafeHome, "You said your home is not a safe place for you right now."),
        (Finding::UseAtHome, "You said someone you live with drinks or uses in a way that makes it harder for you."),
        (Finding::HousingUnsure, "You said you are not sure you will have a stable place to live in the next few months."),
        (Finding::NoStableHousing, "You said you don't have a stable place to live for the next few months."),
        (Finding::LittleSupport, "You said you don't have much support around you right now."),
        (Finding::CannotAttend, "You said you can't make 9 or more hours a week for a program right now."),
        (Finding::HoursWithChanges, "You said you could make the hours for a program, with some changes."),
        (Finding::PracticalBarriers, "You said practical things, like work, getting there, childcare or cost, could get in the way."),
        (Finding::NotSureChangeMatters, "You are not sure yet that making a change matters much to you. That's okay; talking it through can help."),
        (Finding::ChangeMatters, "Making a change matters to you. That is a strong place to start from."),
        (Finding::LowConfidence, "You are not sure yet that you could make a change. Many people feel that way at first, and support helps."),
        (Finding::Confident, "You feel confident you could make a change. That confidence helps."),
        (Finding::SafeStableHome, "You have a safe, stable home without drinking or drug use around you."),
        (Finding::Support, "You have someone who supports you in making a change."),
        (Finding::LowRiskAnswers, "Your answers about how often you use, cravings and problems from use are in a lower-risk range."),
        (Finding::NoUse, "You said you have not used alcohol or drugs in the past 12 months."),
        (Finding::OnlyAsPrescribed, "You said the only things you take are medicines prescribed to you, taken as prescribed."),
        (Finding::Unanswered, "You chose not to answer some questions, so we can't rule everything out. That's okay; you can talk it through with our team."),
        (Finding::MostlyUnanswered, "You chose not to answer more than half of the questions about risk, so we can't tell from your answers which care would fit. That's okay."),
    ],
    flags: &[
        FlagText {
            flag: Flag::SafetyNotConfirmed,
            title: "Support is there any time.",
            body: "You chose not to answer a safety question, and that's okay. We can't tell from your answers that you are safe, so please keep the crisis line on this page close. You can call or text it at any time, day or night.",
        },
        FlagText {
            flag: Flag::OverdoseSafety,
            title: "Staying safer from overdose.",
            body: "Carry naloxone (Narcan) and let people around you know where it is; many pharmacies give it without a prescription, and the clinic can help you get it. Try not to use alone. After a break, even a few days, your body handles much less, so a usual amount can be too much. Fentanyl is in much of the street supply, including pills and powders that look like something else.",
        },
        FlagText {
            flag: Flag::AskAboutMedication,
            title: "Ask about medication.",
            body: "Medication for opioid use disorder (buprenorphine, methadone or naltrexone) helps many people stay safer and stay in recovery. Ask the clinic whether it could help you.",
        },
        FlagText {
            flag: Flag::AlreadyOnMoud,
            title: "Keep taking your methadone or buprenorphine.",
            body: "Keep taking it as prescribed, and tell the clinic which medicine and dose you take and who prescribes it. Programs work alongside it; you should never have to stop it to get care.",
        },
        FlagText {
            flag: Flag::PregnancyContactPromptly,
            title: "Please contact the clinic promptly.",
            body: "Because you are or may be pregnant, please contact the clinic soon, so that you and your baby get the right care early.",
        },
        FlagText {
            flag: Flag::DoNotStopSuddenly,
            title: "Don't stop suddenly on your own.",
            body: "Stopping sedatives or sleeping pills all at once, or opioids during pregnancy, can be dangerous. Talk to a doctor or the clinic first; they can help you cut down safely.",
        },
        FlagText {
            flag: Flag::WithdrawalRiskUnknown,
            title: "Tell the clinic about withdrawal.",
            body: "Before you stop or cut down, tell the clinic about any shakes, sweats, feeling sick, or past seizures, so that it can be done safely.",
        },
        FlagText {
            flag: Flag::RecoveryResidence,
            title: "A safe place to live matters.",
            body: "Residential care or a recovery residence (sober living) may help while you get started. This is decided together with the clinic; it does not rule out an intensive outpatient program. If someone at home hurts or threatens you, you can also call the emergency number.",
        },
        FlagText {
            flag: Flag::ScheduleHelp,
            title: "Ask about times and practical help.",
            body: "Many programs have evening or online groups, and the clinic can help with the practical side, like getting there, childcare or cost.",
        },
    ],
    concerns: &[
        (Concern::Strength, "In your favour"),
        (Concern::Mild, "Worth keeping an eye on"),
        (Concern::Moderate, "Worth talking about"),
        (Concern::High, "Needs attention first"),
    ],
    instruments: &[
        InstrumentText {
            instrument: Instrument::AuditC,
            name: "AUDIT-C",
            stem: AUDIT_STEM,
            attribution: "AUDIT-C: the first three questions of the Alcohol Use Disorders Identification Test (AUDIT), World Health Organization (Babor, Higgins-Biddle, Saunders & Monteiro, 2001), used as a short screen as described by Bush, Kivlahan, McDonell, Fihn & Bradley (1998).",
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
        InstrumentText {
            instrument: Instrument::Phq9Item9,
            name: "PHQ-9, question 9",
            stem: PHQ9_STEM,
            attribution: PFIZER,
            negative: "Not at all: no thoughts of being better off dead or of hurting yourself in the last 2 weeks.",
            positive: "Any answer other than \"not at all\" means it is worth reaching out for support now.",
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
                ("importance", &["8"]),
                ("confidence", &["6"]),
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
                ("withdrawal-signs", &["shakes", "morning-drink"]),
                ("withdrawal-history", &["yes"]),
                ("control", &["often"]),
                ("cravings", &["very-strong"]),
                ("problems", &["many"]),
                ("importance", &["7"]),
                ("confidence", &["3"]),
            ],
            outcome: Outcome::WithdrawalFirst,
        },
        ExamplePerson {
            id: "leo",
            name: "Leo, 23",
            story: "Smokes cannabis at a party now and then, less than once a week, and wonders if it could become a habit. No other worries, a stable home and friends who support him.",
            changes: &[
                ("substances", &["cannabis"]),
                ("use-days", &["less-than-weekly"]),
                ("importance", &["5"]),
                ("confidence", &["9"]),
            ],
            outcome: Outcome::LessIntensive,
        },
        ExamplePerson {
            id: "rosa",
            name: "Rosa, 45",
            story: "Stopped drinking three years ago. Lately she feels low and worried most days, and wonders if she needs a program again.",
            changes: &[
                ("substances", &["none"]),
                ("phq-1", &["more-than-half"]),
                ("phq-2", &["more-than-half"]),
                ("gad-1", &["more-than-half"]),
                ("gad-2", &["several-days"]),
                ("past-treatment", &["stayed-well"]),
                ("importance", &["9"]),
                ("confidence", &["7"]),
            ],
            outcome: Outcome::NotSubstanceUse,
        },
        ExamplePerson {
            id: "sam",
            name: "Sam, 29",
            story: "Answers the safety questions, then isn't ready to say more: chooses \"Prefer not to say\" for most of the rest.",
            changes: &[
                ("substances", &["prefer-not"]),
                ("use-days", &["prefer-not"]),
                ("withdrawal-history", &["prefer-not"]),
                ("overdose", &["prefer-not"]),
                ("pregnant", &["prefer-not"]),
                ("medical", &["prefer-not"]),
                ("phq-1", &["prefer-not"]),
                ("phq-2", &["prefer-not"]),
                ("gad-1", &["prefer-not"]),
                ("gad-2", &["prefer-not"]),
                ("psychosis", &["prefer-not"]),
                ("mania", &["prefer-not"]),
                ("control", &["prefer-not"]),
                ("cravings", &["prefer-not"]),
                ("problems", &["prefer-not"]),
                ("past-treatment", &["prefer-not"]),
                ("importance", &["prefer-not"]),
                ("confidence", &["prefer-not"]),
            ],
            outcome: Outcome::TalkToUs,
        },
    ],
    ui: ScreeningUi {
        intro: "A few questions about your use, your health and your life right now. It takes about 5 to 10 minutes. You can skip any question with \"Prefer not to say\", and go back at any time.",
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
        harm_others_heading: "Please reach out now, before anyone gets hurt.",
        harm_others_body: "Thank you for telling us. Thoughts like these can feel overwhelming, and talking to someone right now can help you stay in control. If someone is in danger now, call the emergency number. If you can, move away from the person and from anything you could hurt them with.",
        declined_heading: "You don't have to answer.",
        declined_body: "That's completely okay. If things ever get hard, now or later, here is who you can call or text, any time, for free.",
        continue_after_declined: "Continue the questions",
        emergency_heading: "This needs medical help right away.",
        emergency_body: "What you described can be dangerous. Call for emergency help now, or ask someone near you to call.",
        continue_after_interrupt: "I'm safe for now. Continue the questions",
        result_heading: "Your result",
        why_heading: "Why",
        nothing_to_note: "Nothing to note",
        summary_heading: "Your answers at a glance",
        scores_heading: "Scores from standard questionnaires",
        next_steps_heading: "What to do next",
        then_heading: "Once you are safe",
        not_a_diagnosis: "This is not a diagnosis.",
        confirm_with_team: "Please confirm this with an assessment by our team.",
        reach_help_now: "Please reach the crisis line or the emergency number now; the rest can wait until you are safe.",
        print: "Print or save as PDF",
        saved_note: "Your answers are saved on this device only, so you can come back to them.",
        examples_heading: "Walk through an example person",
        example_show: "Show",
        rule_heading: "The rule that decided this",
        rules: &[
            (Outcome::Crisis, "Rule 1, crisis now: thoughts of suicide or self-harm in the past month, thoughts of being better off dead in the past 2 weeks, an act in the past 3 months, thoughts right now, or thoughts of seriously harming someone now."),
            (Outcome::MedicalEmergency, "Rule 2, medical emergency now: seizure, confusion, hallucinations while withdrawing, chest pain, signs of overdose, or too intoxicated to be safe."),
            (Outcome::WithdrawalFirst, "Rule 3, withdrawal first: past seizures or DTs, near-daily drinking with a withdrawal sign, sedatives on most days, or two depressants together."),
            (Outcome::MoreIntensive, "Rule 6, more intensive care: hallucinations or fixed unusual beliefs (also while using), a sign of mania, thoughts of harming others in the past month, or an untreated serious medical condition."),
            (Outcome::NotSubstanceUse, "Rule 8, not a substance-use program: no alcohol or drug use in the past 12 months (medicine taken as prescribed does not count)."),
            (Outcome::TalkToUs, "Rule 9, talk to us: more than half of the risk questions unanswered, or concerns that are not about use itself, so the answers cannot tell."),
            (Outcome::LessIntensive, "Rule 10, lower level: some use, every risk question answered, nothing above mild, and a safe, stable home."),
            (Outcome::IopFit, "Rule 11, IOP fits: at least one moderate finding about substance use, and no rule above."),
        ],
    },
};
#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::screening::questionnaire::{OptionKind, QUESTIONS};

    const CONCERNS: [Concern; 4] = Concern::ALL;
    const INSTRUMENTS: [Instrument; 4] = Instrument::ALL;

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
        for o in t.outcomes.iter().chain([&t.iop_fit_cannot_attend]) {
            add(format!("{:?} title", o.outcome), o.title);
            add(format!("{:?} summary", o.outcome), o.summary);
            for s in o.next_steps {
                add(format!("{:?} next step", o.outcome), s);
            }
        }
        for (r, s) in t.drinks {
            add(format!("drink {r:?}"), s);
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
            ui.harm_others_heading,
            ui.harm_others_body,
            ui.declined_heading,
            ui.declined_body,
            ui.continue_after_declined,
            ui.reach_help_now,
            ui.emergency_heading,
            ui.emergency_body,
            ui.continue_after_interrupt,
            ui.result_heading,
            ui.why_heading,
            ui.nothing_to_note,
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
        for t in TEXT.outcomes.iter().chain([&TEXT.iop_fit_cannot_attend]) {
            let o = t.outcome;
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
            Outcome::NotSubstanceUse,
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
        // Rule 8: never suggest IOP or "less intensive care" to someone who does not use.
        let not_use = TEXT.outcome(Outcome::NotSubstanceUse).unwrap();
        let all = [not_use.title, not_use.summary]
            .iter()
            .chain(not_use.next_steps)
            .map(|s| s.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        for banned in ["intensive", "less intensive", "iop"] {
            assert!(!all.contains(banned), "not-substance-use says {banned:?}");
        }
        assert!(all.contains("alcohol or drug use") && all.contains("doctor"));
        // Rule 9: an invitation, never a level of care.
        let talk = TEXT.outcome(Outcome::TalkToUs).unwrap();
        assert!(talk.summary.contains("can't say") && talk.summary.contains("conversation"));
        // Rule 11: someone who cannot attend is not told it is "the right amount of support".
        let cannot = &TEXT.iop_fit_cannot_attend;
        assert_eq!(cannot.outcome, Outcome::IopFit);
        assert!(!cannot.summary.contains("right amount"));
        for helps in ["evening or online", "childcare", "getting there"] {
            assert!(cannot.summary.contains(helps), "{helps}");
        }
        assert!(cannot.next_steps.iter().any(|s| s.contains("hours")));
        // A crisis result asks for help now, never for an assessment (CLINICAL.md 6).
        let crisis = TEXT.outcome(Outcome::Crisis).unwrap();
        for s in [crisis.title, crisis.summary]
            .iter()
            .chain(crisis.next_steps)
            .chain([&TEXT.ui.reach_help_now])
        {
            assert!(!s.to_lowercase().contains("assessment"), "{s}");
        }
        assert!(TEXT.ui.reach_help_now.contains("crisis line"));
    }

    #[test]
    fn flags_say_what_the_rules_require() {
        let body = |f| TEXT.flag(f).unwrap().body;
        for medication in ["buprenorphine", "methadone", "naltrexone", "opioid use"] {
            assert!(body(Flag::AskAboutMedication).contains(medication));
        }
        // Rule 4: overdose safety names naloxone, not using alone, tolerance and fentanyl.
        for point in ["naloxone", "not to use alone", "much less", "Fentanyl"] {
            assert!(body(Flag::OverdoseSafety).contains(point), "{point}");
        }
        assert!(body(Flag::AlreadyOnMoud).contains("Keep taking it"));
        assert!(!body(Flag::AlreadyOnMoud).contains("Ask the clinic whether"));
        assert!(body(Flag::PregnancyContactPromptly).contains("contact the clinic"));
        assert!(body(Flag::DoNotStopSuddenly).contains("Talk to a doctor or the clinic first"));
        assert!(body(Flag::RecoveryResidence).contains("decided together with the clinic"));
        assert!(body(Flag::RecoveryResidence).contains("does not rule out"));
        assert!(body(Flag::SafetyNotConfirmed).contains("crisis line"));
        assert!(body(Flag::ScheduleHelp).contains("evening or online"));
    }

    #[test]
    fn findings_say_exactly_what_was_answered() {
        let say = |f| TEXT.finding(f);
        assert!(say(Finding::LossOfControlOften).contains("often"));
        assert!(!say(Finding::LossOfControlOften).contains("sometimes"));
        assert!(say(Finding::LossOfControlSometimes).contains("sometimes"));
        assert!(say(Finding::UseWeekly).contains("1 or 2 days"));
        assert!(say(Finding::FrequentUse).contains("3 to 5 days"));
        assert!(say(Finding::DailyUse).contains("every day"));
        assert!(say(Finding::UseLessThanWeekly).contains("less than once a week"));
        assert!(say(Finding::VeryStrongCravings).contains("very strong"));
        assert!(say(Finding::StrongCravings).contains("strong"));
        assert!(say(Finding::ManyProblems).contains("many problems"));
        assert!(say(Finding::SomeProblems).contains("some problems"));
        assert!(say(Finding::HomeNotAlwaysSafe).contains("not always"));
        assert!(say(Finding::NoStableHousing).contains("don't have"));
        assert!(say(Finding::HousingUnsure).contains("not sure"));
        // Psychosis counts while using (rule 6), so its finding must not exclude it.
        assert!(!say(Finding::Psychosis).contains("not high"));
    }

    #[test]
    fn the_dts_are_not_hallucinations_alone() {
        let help = TEXT.question("withdrawal-history").unwrap().help.unwrap();
        assert!(help.contains("confusion"));
        assert!(help.contains("on its own is not the DTs"));
    }

    #[test]
    fn every_region_has_its_standard_drink() {
        use crate::core::config::Region;
        for r in Region::ALL {
            let drink = TEXT.drink(r);
            assert!(!drink.is_empty(), "{r:?}");
            if r.standard_drink_grams() != 14 {
                assert!(
                    drink.contains(&format!("{} g", r.standard_drink_grams())),
                    "{r:?}: {drink}"
                );
            }
        }
        assert!(TEXT.drink(Region::Us).contains("12 oz"));
        assert!(TEXT.drink(Region::Uk).contains("unit"));
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
            "AUDIT-C: the first three questions of the Alcohol Use Disorders Identification Test (AUDIT), World Health Organization (Babor, Higgins-Biddle, Saunders & Monteiro, 2001), used as a short screen as described by Bush, Kivlahan, McDonell, Fihn & Bradley (1998)."
        );
        // PHQ-9 item 9 verbatim, under the PHQ-9's own instructions.
        assert_eq!(
            prompt("phq-9-item-9"),
            "Thoughts that you would be better off dead or of hurting yourself in some way"
        );
        assert_eq!(
            TEXT.question("phq-9-item-9").unwrap().help,
            Some("Over the last 2 weeks, how often have you been bothered by any of the following problems?")
        );
        assert_eq!(
            labels("phq-9-item-9"),
            [
                "Not at all",
                "Several days",
                "More than half the days",
                "Nearly every day",
                "Prefer not to say"
            ]
        );
        assert!(instrument(Instrument::Phq9Item9)
            .attribution
            .contains("Pfizer"));
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
        ruler.push(("prefer-not", "Prefer not to say".to_string()));
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
        assert!(TEXT.examples.len() >= 4);
        for o in [
            Outcome::IopFit,
            Outcome::WithdrawalFirst,
            Outcome::LessIntensive,
        ] {
            assert!(TEXT.examples.iter().any(|p| p.outcome == o), "{o:?}");
        }
        assert!(TEXT
            .examples
            .iter()
            .any(|p| matches!(p.outcome, Outcome::TalkToUs | Outcome::NotSubstanceUse)));
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
        // The standard drinks give sizes in millilitres.
        let mut exempt: Vec<_> = TEXT.instruments.iter().map(|i| i.attribution).collect();
        exempt.extend(TEXT.drinks.iter().map(|(_, s)| *s));
        for (at, s) in every_sentence() {
            if exempt.contains(&s) {
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
