//! Moving through the screening: intro, one question at a time, an interrupt the moment a crisis
//! or emergency answer is given, and the result. A pure reducer; the screen only renders it.

#[cfg(test)]
use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::questionnaire::{question, Interrupt, Question, SAFETY_QUESTIONS};
use crate::core::json::{unescape, write_str, Json, Kind};
use crate::core::store::{envelope_json, open_envelope_json, Loaded, Problem, SaveError, Storable};

/// Where the person is in the screening: their answers (in memory) and the panels they chose
/// to continue past.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(Serialize, Deserialize))]
pub struct Progress {
    pub answers: Answers,
    /// Questions whose crisis or emergency panel the person chose to continue past.
    #[cfg_attr(test, serde(default))]
    pub continued: Vec<String>,
}

/// How long answers saved "to finish later" are kept (CLINICAL.md section 6: they expire).
pub const SAVED_ANSWERS_MS: u64 = 7 * 24 * 60 * 60 * 1000;

/// What is written when the person chooses "save my answers on this device to finish later":
/// never the safety block's answers (CLINICAL.md section 6), and only for a week.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(Serialize, Deserialize))]
pub struct SavedScreening {
    pub answers: Answers,
    #[cfg_attr(test, serde(default))]
    pub continued: Vec<String>,
    /// When last saved (ms since 1970). None only for answers carried over from version 1,
    /// which did not say: the week starts when this version first reads them.
    #[cfg_attr(test, serde(default))]
    pub saved_at: Option<u64>,
    /// The person reached the result: the answers go as soon as they leave it.
    #[cfg_attr(test, serde(default))]
    pub finished: bool,
}

impl SavedScreening {
    /// The part of `progress` that may be written: everything but the safety block.
    pub fn keep(progress: &Progress, now_ms: u64, finished: bool) -> SavedScreening {
        SavedScreening {
            answers: progress.answers.without_safety(),
            continued: progress
                .continued
                .iter()
                .filter(|q| !SAFETY_QUESTIONS.contains(&q.as_str()))
                .cloned()
                .collect(),
            saved_at: Some(now_ms),
            finished,
        }
    }

    /// Saves `next` over this copy. The week runs from the last change of answers: opening the
    /// screening or moving between questions does not start it again (else anyone could keep
    /// someone's answers on the device by looking at them once a week).
    pub fn save(&mut self, next: SavedScreening) {
        let unchanged = self.answers == next.answers
            && self.continued == next.continued
            && self.finished == next.finished;
        if unchanged && self.saved_at.is_some() {
            return;
        }
        *self = next;
    }

    /// Writes one page's changes, `before` to `after`, over this copy answer by answer (a page
    /// showing the screening keeps what it last wrote as `before`). An answer another tab
    /// corrected meanwhile, which this page did not touch, stays corrected: saving the page's
    /// whole copy would put back its older answer. Safety answers are never written.
    pub fn save_changes(&mut self, before: &Progress, after: &Progress, now_ms: u64) {
        let mut next = self.clone();
        let touched = before.answers.entries().chain(after.answers.entries());
        for (q, _) in touched {
            if SAFETY_QUESTIONS.contains(&q) || before.answers.chosen(q) == after.answers.chosen(q)
            {
                continue;
            }
            match after.answers.chosen(q) {
                [] => next.answers.clear(q),
                chosen => next.answers.set_stored(q, chosen.to_vec()),
            }
        }
        let kept = |q: &String| !SAFETY_QUESTIONS.contains(&q.as_str());
        next.continued
            .retain(|q| after.continued.contains(q) || !before.continued.contains(q));
        for q in after.continued.iter().filter(|q| kept(q)) {
            if !next.continued.contains(q) {
                next.continued.push(q.clone());
            }
        }
        next.saved_at = Some(now_ms);
        next.finished = false;
        self.save(next);
    }

    pub fn expired(&self, now_ms: u64) -> bool {
        self.saved_at
            .is_some_and(|at| now_ms.saturating_sub(at) >= SAVED_ANSWERS_MS)
    }

    /// Whether there is nothing worth keeping (nothing answered beyond the safety block).
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    pub fn progress(&self) -> Progress {
        Progress {
            answers: self.answers.clone(),
            continued: self.continued.clone(),
        }
    }
}

impl crate::core::sync::Synced for SavedScreening {
    /// Two tabs saving answers: the later save's answers, and any the other had that it lacks.
    fn merge_from(&mut self, other: &Self) -> crate::core::sync::MergeReport {
        let before = self.clone();
        let (newer, older) = if other.saved_at > self.saved_at {
            (other.clone(), self.clone())
        } else {
            (self.clone(), other.clone())
        };
        let mut merged = newer;
        for q in super::questionnaire::QUESTIONS {
            if merged.answers.chosen(q.id).is_empty() && !older.answers.chosen(q.id).is_empty() {
                let chosen: Vec<&str> = older
                    .answers
                    .chosen(q.id)
                    .iter()
                    .map(String::as_str)
                    .collect();
                let _ = merged.answers.answer(q.id, &chosen);
            }
        }
        for c in older.continued {
            if !merged.continued.contains(&c) {
                merged.continued.push(c);
            }
        }
        *self = merged;
        crate::core::sync::MergeReport {
            changed: *self != before,
            ..Default::default()
        }
    }
}

/// The stored form of the screening's saved answers.
///
/// Versions: 1 saved every answer at once, unasked. 2 is written only when the person asks, never
/// holds safety answers, and expires. The upgrade drops version 1's safety answers and keeps no
/// copy of the old form ([`Storable::KEEP_OLD_FORM`]): those answers must not stay on the device.
///
/// Read and written without serde, byte for byte as serde did (a test holds the two together):
/// the screening is the way most people come in, and serde would be a third of its download.
pub struct StoredScreening;

impl StoredScreening {
    pub const FORMAT: &'static str = "iop-widget/screening";
    pub const VERSION: u32 = 2;
}

impl Storable for StoredScreening {
    const KEY: &'static str = "iop-widget.screening";
    const KEEP_OLD_FORM: bool = false;
    type Data = SavedScreening;

    fn load(raw: Option<&str>) -> Loaded<SavedScreening> {
        let Some(raw) = raw else {
            return Loaded::Empty;
        };
        let read = open_envelope_json(raw, Self::FORMAT, Self::VERSION).and_then(|(from, data)| {
            let saved = if from == 1 {
                let old = read_progress(&data)
                    .map_err(|detail| Problem::MigrationFailed { from, detail })?;
                let mut saved = SavedScreening::keep(&old, 0, false);
                saved.saved_at = None;
                saved
            } else {
                read_saved(&data).map_err(|detail| Problem::DoesNotMatch { detail })?
            };
            Ok((from, sanitized(saved)))
        });
        match read {
            Ok((from, data)) if from != Self::VERSION => Loaded::Migrated { from, data },
            Ok((_, data)) => Loaded::Current(data),
            Err(problem) => Loaded::Unreadable {
                raw: raw.to_owned(),
                problem,
            },
        }
    }

    fn encode(saved: &SavedScreening) -> Result<String, SaveError> {
        let mut data = String::from("{\"answers\":{");
        for (i, (question, chosen)) in saved.answers.entries().enumerate() {
            if i > 0 {
                data.push(',');
            }
            write_str(&mut data, question);
            data.push(':');
            write_ids(&mut data, chosen);
        }
        data.push_str("},\"continued\":");
        write_ids(&mut data, &saved.continued);
        data.push_str(",\"saved_at\":");
        match saved.saved_at {
            Some(at) => data.push_str(&at.to_string()),
            None => data.push_str("null"),
        }
        data.push_str(",\"finished\":");
        data.push_str(if saved.finished { "true" } else { "false" });
        data.push('}');
        envelope_json(Self::FORMAT, Self::VERSION, &data)
    }
}

/// Whether a stored copy of saved answers should go, read from its envelope alone: it expired,
/// or says its screening was finished (as earlier versions kept it until the person left the
/// result). Not the whole reader, which needs the questionnaire: this runs when any widget
/// starts, on the first screen, where that would cost a phone 26 KiB. A copy it cannot date
/// (sealed, unreadable, version 1) is left to the screening's own reader.
pub fn saved_copy_is_stale(raw: &str, now_ms: u64) -> bool {
    let Ok(json) = crate::core::json::parse_stored(raw) else {
        return false;
    };
    let Some(data) =
        crate::core::json::current_data(&json, StoredScreening::FORMAT, StoredScreening::VERSION)
    else {
        return false;
    };
    let finished = data.get("finished").is_some_and(|f| f.raw == "true");
    let saved_at = data
        .get("saved_at")
        .and_then(|at| at.raw.parse::<u64>().ok());
    let expired = SavedScreening {
        saved_at,
        ..SavedScreening::default()
    }
    .expired(now_ms);
    finished || expired
}

/// Answers that no longer fit the questionnaire are dropped, not guessed at; safety answers are
/// never taken from storage, whoever wrote them.
fn sanitized(mut saved: SavedScreening) -> SavedScreening {
    saved.answers.keep_valid();
    for q in SAFETY_QUESTIONS {
        saved.answers.clear(q);
    }
    saved
        .continued
        .retain(|q| !SAFETY_QUESTIONS.contains(&q.as_str()));
    saved
}

fn write_ids(out: &mut String, ids: &[String]) {
    out.push('[');
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, id);
    }
    out.push(']');
}

fn read_ids(json: &Json, field: &str) -> Result<Vec<String>, String> {
    let Kind::Arr(items) = &json.kind else {
        return Err(format!("{field}: not a list"));
    };
    items
        .iter()
        .map(|item| item.decoded().map(String::from))
        .collect::<Option<_>>()
        .ok_or_else(|| format!("{field}: not a list of ids"))
}

/// Version 1's data, and the answers and panels of version 2's.
fn read_progress(data: &Json) -> Result<Progress, String> {
    let Kind::Obj(_) = data.kind else {
        return Err("not an object".into());
    };
    let Some(Json {
        kind: Kind::Obj(entries),
        ..
    }) = data.get("answers")
    else {
        return Err("answers: missing, or not an object".into());
    };
    let mut answers = Answers::default();
    for (question, chosen) in entries {
        let question = unescape(question).ok_or("answers: a question id that is not text")?;
        answers.set_stored(&question, read_ids(chosen, &question)?);
    }
    let continued = match data.get("continued") {
        Some(list) => read_ids(list, "continued")?,
        None => Vec::new(),
    };
    Ok(Progress { answers, continued })
}

fn read_saved(data: &Json) -> Result<SavedScreening, String> {
    let Progress { answers, continued } = read_progress(data)?;
    let saved_at = match data.get("saved_at") {
        None => None,
        Some(json) if json.raw == "null" => None,
        Some(json) => Some(
            json.raw
                .parse::<u64>()
                .map_err(|_| "saved_at: not a time".to_string())?,
        ),
    };
    let finished = match data.get("finished").map(|json| json.raw) {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => return Err("finished: not true or false".into()),
    };
    Ok(SavedScreening {
        answers,
        continued,
        saved_at,
        finished,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Intro,
    Question(&'static str),
    /// The crisis or emergency panel, shown at once after the answer that calls for it.
    Interrupt {
        after: &'static str,
        kind: Interrupt,
    },
    Result,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Begin,
    Answer {
        question: &'static str,
        chosen: Vec<String>,
    },
    /// Go on after an interrupt.
    Continue,
    Back,
    StartOver,
    /// Shows the result for a whole set of answers at once (a counselor's example person).
    Show(Progress),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub progress: Progress,
    pub position: Position,
}

impl Session {
    /// Saved progress opens on the intro, which offers to carry on or start over: on a shared
    /// device, the next person should not land in someone else's answers. Carrying on goes to
    /// an unacknowledged interrupt first, then the first unanswered question, or the result.
    pub fn resume(progress: Progress) -> Session {
        Session {
            progress,
            position: Position::Intro,
        }
    }

    pub fn apply(&mut self, action: Action) {
        self.position = match (action, self.position) {
            (Action::StartOver, _) => {
                self.progress = Progress::default();
                Position::Intro
            }
            (Action::Show(progress), _) => {
                self.progress = progress;
                self.first_open()
            }
            (Action::Begin, _) => self
                .pending_interrupt()
                .unwrap_or_else(|| self.first_open()),
            (
                Action::Answer {
                    question: id,
                    chosen,
                },
                _,
            ) => {
                let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
                if self.progress.answers.answer(id, &chosen).is_err() {
                    return;
                }
                // A new answer asks anew, even if the person continued past this one before.
                self.progress.continued.retain(|q| q != id);
                match self.progress.answers.interrupt(id) {
                    Some(kind) => Position::Interrupt { after: id, kind },
                    None => self.after(id),
                }
            }
            (Action::Continue, Position::Interrupt { after, .. }) => {
                self.progress.continued.push(after.to_string());
                self.after(after)
            }
            (Action::Back, Position::Interrupt { after, .. }) => Position::Question(after),
            (Action::Back, Position::Question(id)) => {
                let path = self.progress.answers.path();
                match path.iter().position(|q| q.id == id) {
                    Some(i) if i > 0 => Position::Question(path[i - 1].id),
                    _ => Position::Intro,
                }
            }
            (Action::Back, Position::Result) => self
                .progress
                .answers
                .path()
                .last()
                .map_or(Position::Intro, |q| Position::Question(q.id)),
            (_, position) => position,
        };
    }

    /// Where the current question is: its number on the path, and the most questions there
    /// can be in all. Going forward the number grows by one and the most never grows.
    pub fn step(&self) -> Option<Step> {
        let Position::Question(id) = self.position else {
            return None;
        };
        let answers = &self.progress.answers;
        let number = answers.path().iter().position(|q| q.id == id)? + 1;
        let (left, sure) = answers.most_left_after(id);
        Some(Step {
            number,
            at_most: number + left,
            sure,
        })
    }

    pub fn current_question(&self) -> Option<&'static Question> {
        match self.position {
            Position::Question(id) => question(id),
            _ => None,
        }
    }

    /// The question after `id` on the current path, or the result at its end.
    fn after(&self, id: &str) -> Position {
        let path = self.progress.answers.path();
        let next = path.iter().skip_while(|q| q.id != id).nth(1);
        next.map_or(Position::Result, |q| Position::Question(q.id))
    }

    fn first_open(&self) -> Position {
        self.progress
            .answers
            .next_unanswered()
            .map_or(Position::Result, |q| Position::Question(q.id))
    }

    fn pending_interrupt(&self) -> Option<Position> {
        let answers = &self.progress.answers;
        answers.path().into_iter().find_map(|q| {
            let kind = answers.interrupt(q.id)?;
            (!self.progress.continued.iter().any(|c| c == q.id))
                .then_some(Position::Interrupt { after: q.id, kind })
        })
    }
}

/// A question's place: "Question 6 of 22", or "of at most 29" while branches are still open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub number: usize,
    pub at_most: usize,
    /// No later branch is still open: `at_most` is the exact count.
    pub sure: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{self, Schema};
    use proptest::prelude::*;
    use serde_json::Value;

    /// How this widget read and wrote saved answers with serde, before they were read and
    /// written by hand: the devices out there hold what this wrote.
    struct SerdeScreening;

    impl Schema for SerdeScreening {
        const KEY: &'static str = StoredScreening::KEY;
        const FORMAT: &'static str = StoredScreening::FORMAT;
        const VERSION: u32 = StoredScreening::VERSION;
        const KEEP_OLD_FORM: bool = false;
        type Data = SavedScreening;

        fn migrate(from_version: u32, data: Value) -> Result<Value, String> {
            assert_eq!(from_version, 1);
            let old: Progress = serde_json::from_value(data).map_err(|e| e.to_string())?;
            let mut saved = SavedScreening::keep(&old, 0, false);
            saved.saved_at = None;
            serde_json::to_value(saved).map_err(|e| e.to_string())
        }

        fn decode(data: Value) -> Result<SavedScreening, String> {
            let saved: SavedScreening = serde_json::from_value(data).map_err(|e| e.to_string())?;
            Ok(sanitized(saved))
        }
    }

    /// Ids as a person's device could hold them: real ones, safety ones, old ones, and text
    /// that needs escapes.
    fn id() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "substances",
                "alcohol",
                "cannabis",
                "none",
                "safety-now",
                "yes",
                "no",
                "audit-c-1",
                "never",
                "phq-9-item-9",
                "withdrawal-history",
                "old-question",
            ])
            .prop_map(String::from),
            "\\PC{0,6}",
            prop::collection::vec(
                prop::sample::select(vec![
                    '"', '\\', '\n', '\u{1}', '\u{7f}', 'é', '😀', '/', 'a'
                ]),
                0..5
            )
            .prop_map(|c| c.into_iter().collect()),
        ]
    }

    fn saved_screening() -> impl Strategy<Value = SavedScreening> {
        (
            prop::collection::btree_map(id(), prop::collection::vec(id(), 0..3), 0..6),
            prop::collection::vec(id(), 0..3),
            prop::option::of(any::<u64>()),
            any::<bool>(),
        )
            .prop_map(|(answers, continued, saved_at, finished)| {
                let mut a = Answers::default();
                for (q, chosen) in answers {
                    a.set_stored(&q, chosen);
                }
                SavedScreening {
                    answers: a,
                    continued,
                    saved_at,
                    finished,
                }
            })
    }

    proptest! {
        #[test]
        fn saved_answers_are_written_byte_for_byte_as_serde_wrote_them(saved in saved_screening()) {
            prop_assert_eq!(
                StoredScreening::encode(&saved).unwrap(),
                store::encode::<SerdeScreening>(&saved).unwrap()
            );
        }

        #[test]
        fn saved_answers_read_as_serde_read_them(saved in saved_screening(), v1 in any::<bool>()) {
            let text = if v1 {
                let data = serde_json::json!({
                    "answers": serde_json::to_value(&saved.answers).unwrap(),
                    "continued": saved.continued,
                });
                serde_json::json!({"format": StoredScreening::FORMAT, "version": 1, "data": data})
                    .to_string()
            } else {
                store::encode::<SerdeScreening>(&saved).unwrap()
            };
            prop_assert_eq!(
                StoredScreening::load(Some(&text)),
                store::load::<SerdeScreening>(Some(&text))
            );
        }
    }

    #[test]
    fn damaged_saved_answers_are_kept_whole_and_named_as_serde_named_them() {
        let mut saved = SavedScreening::keep(&Progress::default(), 1_700_000_000_000, true);
        saved
            .answers
            .set_stored("substances", vec!["alcohol".into(), "opioids".into()]);
        saved.continued = vec!["q\"uote\\d \u{1}".into()];
        let whole = store::encode::<SerdeScreening>(&saved).unwrap();
        let problem = |loaded: Loaded<SavedScreening>, raw: &str| match loaded {
            Loaded::Unreadable { raw: kept, problem } => {
                assert_eq!(kept, raw, "kept as stored");
                problem.id()
            }
            other => panic!("{raw:?} read as {other:?}"),
        };
        // Every way a write can be cut off.
        for cut in (0..whole.len()).filter(|i| whole.is_char_boundary(*i)) {
            let raw = &whole[..cut];
            assert_eq!(
                problem(StoredScreening::load(Some(raw)), raw),
                problem(store::load::<SerdeScreening>(Some(raw)), raw),
                "{raw:?}"
            );
        }
        // And what else may be found under the key.
        let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(store::MAX_STORED_BYTES));
        for raw in [
            "[]",
            "not json",
            "{\"format\":\"iop-widget/screening\"}",
            "{\"format\":\"iop-widget/trigger-plan\",\"version\":1,\"data\":{}}",
            "{\"format\":\"iop-widget/screening\",\"version\":3,\"data\":{}}",
            "{\"format\":\"iop-widget/screening\",\"version\":0,\"data\":{}}",
            "{\"format\":\"iop-widget/screening\",\"version\":\"2\",\"data\":{}}",
            "{\"format\":\"iop-widget/screening\",\"version\":2}",
            "{\"format\":\"iop-widget/screening\",\"version\":2,\"data\":[]}",
            "{\"format\":\"iop-widget/screening\",\"version\":2,\"data\":{}}",
            "{\"format\":\"iop-widget/screening\",\"version\":2,\"data\":{\"answers\":{\"a\":\"b\"}}}",
            "{\"format\":\"iop-widget/screening\",\"version\":2,\"data\":{\"answers\":{},\"saved_at\":-1}}",
            "{\"format\":\"iop-widget/screening\",\"version\":2,\"data\":{\"answers\":{},\"finished\":1}}",
            "{\"format\":\"iop-widget/screening\",\"version\":2,\"data\":{\"answers\":{\"a\":[\"\\ud800\"]}}}",
            "{\"format\":\"iop-widget/screening\",\"version\":1,\"data\":{\"answers\":[]}}",
            "{\"format\":\"iop-widget/screening\",\"version\":2,\"data\":{}} trailing",
            &big,
        ] {
            assert_eq!(
                problem(StoredScreening::load(Some(raw)), raw),
                problem(store::load::<SerdeScreening>(Some(raw)), raw),
                "{raw}"
            );
        }
    }

    fn answer(s: &mut Session, q: &'static str, chosen: &[&str]) {
        s.apply(Action::Answer {
            question: q,
            chosen: chosen.iter().map(|c| c.to_string()).collect(),
        });
    }

    #[test]
    fn safety_questions_come_first_and_a_crisis_answer_interrupts_at_once() {
        let mut s = Session::resume(Progress::default());
        assert_eq!(s.position, Position::Intro);
        s.apply(Action::Begin);
        assert_eq!(s.position, Position::Question("safety-now"));
        let step = s.step().unwrap();
        assert_eq!((step.number, step.sure), (1, false));
        assert!(step.at_most >= s.progress.answers.path().len());
        answer(&mut s, "safety-now", &["no"]);
        answer(&mut s, "phq-9-item-9", &["not-at-all"]);
        answer(&mut s, "safety-month", &["yes"]);
        assert_eq!(
            s.position,
            Position::Interrupt {
                after: "safety-month",
                kind: Interrupt::Crisis
            }
        );
        s.apply(Action::Continue);
        assert_eq!(s.position, Position::Question("safety-attempt"));
    }

    #[test]
    fn an_emergency_answer_interrupts_too() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        for q in [
            "safety-now",
            "phq-9-item-9",
            "safety-month",
            "safety-attempt",
            "harm-others-now",
        ] {
            let no = if q == "phq-9-item-9" {
                "not-at-all"
            } else {
                "no"
            };
            answer(&mut s, q, &[no]);
        }
        answer(&mut s, "emergency-now", &["chest-pain"]);
        assert_eq!(
            s.position,
            Position::Interrupt {
                after: "emergency-now",
                kind: Interrupt::MedicalEmergency
            }
        );
    }

    #[test]
    fn back_and_forward_keep_answers() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        answer(&mut s, "safety-now", &["no"]);
        answer(&mut s, "phq-9-item-9", &["not-at-all"]);
        s.apply(Action::Back);
        s.apply(Action::Back);
        assert_eq!(s.position, Position::Question("safety-now"));
        assert_eq!(s.progress.answers.chosen("phq-9-item-9"), ["not-at-all"]);
        s.apply(Action::Back);
        assert_eq!(s.position, Position::Intro);
        s.apply(Action::Begin);
        assert_eq!(
            s.position,
            Position::Question("safety-month"),
            "begin resumes at the first open question"
        );
    }

    #[test]
    fn saved_answers_never_hold_the_safety_block_and_resume_from_the_safety_questions() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        answer(&mut s, "safety-now", &["yes"]);
        s.apply(Action::Continue);
        for (q, o) in [
            ("phq-9-item-9", "not-at-all"),
            ("safety-month", "no"),
            ("safety-attempt", "no"),
            ("harm-others-now", "no"),
            ("emergency-now", "none"),
            ("substances", "alcohol"),
        ] {
            answer(&mut s, q, &[o]);
        }
        let saved = SavedScreening::keep(&s.progress, 1_000, false);
        let stored = StoredScreening::encode(&saved).unwrap();
        for q in SAFETY_QUESTIONS {
            assert!(!stored.contains(q), "{q} written: {stored}");
        }
        assert!(stored.contains("substances"));
        let Loaded::Current(back) = StoredScreening::load(Some(&stored)) else {
            panic!("saved answers read back")
        };
        let mut again = Session::resume(back.progress());
        again.apply(Action::Begin);
        assert_eq!(
            again.position,
            Position::Question("safety-now"),
            "the safety questions are asked again, every time"
        );
        assert_eq!(again.progress.answers.chosen("substances"), ["alcohol"]);
    }

    #[test]
    fn saved_answers_expire_after_a_week() {
        let saved = SavedScreening::keep(&Progress::default(), 1_000, false);
        assert!(!saved.expired(1_000 + SAVED_ANSWERS_MS - 1));
        assert!(saved.expired(1_000 + SAVED_ANSWERS_MS));
    }

    #[test]
    fn a_stale_saved_copy_is_known_from_its_envelope() {
        let mut progress = Progress::default();
        progress.answers.answer("substances", &["opioids"]).unwrap();
        let fresh =
            StoredScreening::encode(&SavedScreening::keep(&progress, 1_000, false)).unwrap();
        assert!(!saved_copy_is_stale(&fresh, 1_000 + SAVED_ANSWERS_MS - 1));
        assert!(saved_copy_is_stale(&fresh, 1_000 + SAVED_ANSWERS_MS));
        let finished =
            StoredScreening::encode(&SavedScreening::keep(&progress, 1_000, true)).unwrap();
        assert!(saved_copy_is_stale(&finished, 1_001));
        // What it cannot date is left to the full reader: version 1, sealed, not JSON.
        let old = r#"{"format":"iop-widget/screening","version":1,"data":{"answers":{"substances":["cannabis"]}}}"#;
        for raw in [old, "iop-sealed:abc", "{", ""] {
            assert!(!saved_copy_is_stale(raw, u64::MAX), "{raw}");
        }
    }

    #[test]
    fn only_a_change_of_answers_starts_the_week_again() {
        let mut progress = Progress::default();
        progress.answers.answer("substances", &["alcohol"]).unwrap();
        let mut stored = SavedScreening::keep(&progress, 1_000, false);
        // Opened again days later, nothing answered: the week still runs from the first save.
        stored.save(SavedScreening::keep(&progress, 5_000_000, false));
        assert_eq!(stored.saved_at, Some(1_000));
        assert!(stored.expired(1_000 + SAVED_ANSWERS_MS));
        // A new answer is a new save.
        progress.answers.answer("use-days", &["daily"]).unwrap();
        stored.save(SavedScreening::keep(&progress, 6_000_000, false));
        assert_eq!(stored.saved_at, Some(6_000_000));
        assert_eq!(stored.answers.chosen("use-days"), ["daily"]);
        // Answers carried over from version 1 (no date) start their week when first saved again.
        let mut old = SavedScreening {
            saved_at: None,
            ..stored.clone()
        };
        old.save(SavedScreening::keep(&stored.progress(), 7_000_000, false));
        assert_eq!(old.saved_at, Some(7_000_000));
    }

    #[test]
    fn version_1_answers_lose_the_safety_block_and_start_their_week_when_read() {
        let raw = r#"{"format":"iop-widget/screening","version":1,"data":{"answers":{"safety-now":["yes"],"safety-month":["no"],"substances":["cannabis"]},"continued":["safety-now"]}}"#;
        let Loaded::Migrated { from: 1, data } = StoredScreening::load(Some(raw)) else {
            panic!("migrated")
        };
        assert!(data.answers.chosen("safety-now").is_empty());
        assert!(data.answers.chosen("safety-month").is_empty());
        assert!(data.continued.is_empty());
        assert_eq!(data.answers.chosen("substances"), ["cannabis"]);
        assert_eq!(data.saved_at, None);
        assert!(!data.expired(u64::MAX));
        const {
            assert!(
                !StoredScreening::KEEP_OLD_FORM,
                "no copy of version 1 is kept"
            )
        };
    }

    #[test]
    fn safety_answers_written_by_anyone_are_not_read() {
        let raw = r#"{"format":"iop-widget/screening","version":2,"data":{"answers":{"safety-now":["yes"],"substances":["none"]},"continued":["safety-now"],"saved_at":5}}"#;
        let Loaded::Current(saved) = StoredScreening::load(Some(raw)) else {
            panic!()
        };
        assert!(saved.answers.chosen("safety-now").is_empty());
        assert!(saved.continued.is_empty());
    }

    #[test]
    fn answering_everything_reaches_the_result_and_start_over_clears_it() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        while let Some(q) = s.current_question() {
            let least = q.options.iter().min_by_key(|o| o.severity).unwrap().id;
            answer(&mut s, q.id, &[least]);
        }
        assert_eq!(s.position, Position::Result);
        s.apply(Action::Back);
        assert!(matches!(s.position, Position::Question(_)));
        s.apply(Action::StartOver);
        assert_eq!(s, Session::resume(Progress::default()));
    }

    #[test]
    fn an_invalid_answer_changes_nothing() {
        let mut s = Session::resume(Progress::default());
        s.apply(Action::Begin);
        let before = s.clone();
        answer(&mut s, "safety-now", &["no", "yes"]);
        answer(&mut s, "safety-now", &[]);
        assert_eq!(s, before);
    }

    #[test]
    fn stored_answers_that_no_longer_fit_are_dropped_on_load() {
        let raw = r#"{"format":"iop-widget/screening","version":2,"data":{"answers":{"substances":["none"],"old-question":["x"]}}}"#;
        let Loaded::Current(saved) = StoredScreening::load(Some(raw)) else {
            panic!()
        };
        assert_eq!(saved.answers.chosen("substances"), ["none"]);
        assert!(saved.answers.chosen("old-question").is_empty());
    }

    fn progress_of(answers: &[(&str, &[&str])], continued: &[&str]) -> Progress {
        let mut progress = Progress::default();
        for (q, chosen) in answers {
            progress.answers.answer(q, chosen).unwrap();
        }
        progress.continued = continued.iter().map(|q| q.to_string()).collect();
        progress
    }

    #[test]
    fn an_answer_corrected_in_another_tab_survives_this_tabs_next_answer() {
        // Both tabs opened with "daily"; the other corrected it to "weekly" and saved.
        let opened = progress_of(
            &[("substances", &["alcohol"]), ("use-days", &["daily"])],
            &[],
        );
        let mut saved = SavedScreening::keep(&opened, 1_000, false);
        let mut corrected = opened.clone();
        corrected.answers.answer("use-days", &["1-2"]).unwrap();
        saved.save_changes(&opened, &corrected, 2_000);
        // This tab, still showing "daily", answers the next question.
        let mut here = opened.clone();
        here.answers
            .answer("audit-1", &["monthly-or-less"])
            .unwrap();
        saved.save_changes(&opened, &here, 3_000);
        assert_eq!(saved.answers.chosen("use-days"), ["1-2"]);
        assert_eq!(saved.answers.chosen("audit-1"), ["monthly-or-less"]);
        assert_eq!(saved.answers.chosen("substances"), ["alcohol"]);
        assert_eq!(saved.saved_at, Some(3_000));
    }

    #[test]
    fn saved_changes_never_carry_safety_answers_and_follow_answers_taken_back() {
        let before = progress_of(
            &[("substances", &["alcohol"]), ("use-days", &["daily"])],
            &[],
        );
        let mut saved = SavedScreening::keep(&before, 1_000, false);
        let mut after = progress_of(
            &[("safety-now", &["yes"]), ("substances", &["alcohol"])],
            &["safety-now"],
        );
        after.answers.answer("psychosis", &["no"]).unwrap();
        saved.save_changes(&before, &after, 2_000);
        assert!(saved.answers.chosen("safety-now").is_empty());
        assert!(saved.continued.is_empty());
        // An answer this page no longer holds (a branch closed) goes from the copy too.
        assert!(saved.answers.chosen("use-days").is_empty());
        assert_eq!(saved.answers.chosen("psychosis"), ["no"]);
    }

    #[test]
    fn nothing_changed_writes_nothing_new() {
        let progress = progress_of(&[("substances", &["alcohol"])], &[]);
        let mut saved = SavedScreening::keep(&progress, 1_000, false);
        saved.save_changes(&progress, &progress, 9_000);
        // The week runs from the last change of answers, not from looking at them.
        assert_eq!(saved.saved_at, Some(1_000));
    }
}
