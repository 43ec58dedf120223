//! Events the widget sends to the page that hosts it. Their details are built from ids only
//! (exercise ids, outcome and flag ids): the types leave no room for answers or typed text.

use super::exercise::Exercise;

#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// The widget has rendered.
    Ready,
    /// The person opened an exercise.
    ExerciseStart(Exercise),
    /// The person reached a screening result.
    ScreeningComplete {
        outcome: &'static str,
        flags: Vec<&'static str>,
    },
    /// The person used quick exit; the page is about to be replaced.
    QuickExit,
    /// The person printed a summary or downloaded their answers for the clinic: the page may
    /// offer its booking form. Only the kind of hand-off, never what it holds.
    HandoffRequested(Handoff),
}

/// How a person takes their screening result to the clinic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handoff {
    /// A one-page summary, printed or saved as PDF.
    PrintSummary,
    /// The answers as a FHIR QuestionnaireResponse file.
    FhirDownload,
}

impl Handoff {
    pub fn id(self) -> &'static str {
        match self {
            Handoff::PrintSummary => "print-summary",
            Handoff::FhirDownload => "fhir-download",
        }
    }
}

impl HostEvent {
    /// The DOM event name.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready => "iop:ready",
            HostEvent::ExerciseStart(_) => "iop:exercise-start",
            HostEvent::ScreeningComplete { .. } => "iop:screening-complete",
            HostEvent::QuickExit => "iop:quick-exit",
            HostEvent::HandoffRequested(_) => "iop:handoff-requested",
        }
    }

    /// The event's `detail` as (key, value) pairs; a list value holds ids.
    pub fn detail(&self) -> Vec<(&'static str, Detail)> {
        match self {
            HostEvent::Ready | HostEvent::QuickExit => vec![],
            HostEvent::ExerciseStart(exercise) => vec![("exercise", Detail::Id(exercise.id()))],
            HostEvent::HandoffRequested(kind) => vec![("kind", Detail::Id(kind.id()))],
            HostEvent::ScreeningComplete { outcome, flags } => {
                vec![
                    ("outcome", Detail::Id(outcome)),
                    ("flags", Detail::Ids(flags.clone())),
                ]
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    Id(&'static str),
    Ids(Vec<&'static str>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_namespaced_and_details_carry_ids_only() {
        let start = HostEvent::ExerciseStart(Exercise::TriggerMap);
        assert_eq!(start.name(), "iop:exercise-start");
        assert_eq!(
            start.detail(),
            vec![("exercise", Detail::Id("trigger-map"))]
        );
        let done = HostEvent::ScreeningComplete {
            outcome: "iop-fit",
            flags: vec!["ask-about-medication"],
        };
        assert_eq!(done.name(), "iop:screening-complete");
        assert_eq!(done.detail().len(), 2);
        assert!(HostEvent::Ready.detail().is_empty());
        assert_eq!(HostEvent::QuickExit.name(), "iop:quick-exit");
        let handoff = HostEvent::HandoffRequested(Handoff::FhirDownload);
        assert_eq!(handoff.name(), "iop:handoff-requested");
        assert_eq!(
            handoff.detail(),
            vec![("kind", Detail::Id("fhir-download"))]
        );
    }
}
