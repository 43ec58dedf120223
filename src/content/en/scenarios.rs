//! The refusal-skills scenarios in English, and the names of techniques, settings, substances
//! and ratings. Written for this project, in plain words (reading level grade 6-8), warm and
//! never shaming. `validate` checks the rules; the tests below run every scenario.
//!
//! Every scenario has the same shape, so counselors and content writers can find their way:
//! - `offer`: the first offer. A strong answer meets a gentler push (`push`). A weak one meets a
//!   second offer (`again`): excuses and "maybe later" invite one.
//! - `push` and `again`: strong goes to `after`; weak goes to `last`, the hardest moment.
//! - `last`: strong goes to `after`; weak goes to `close`, where the drink or drug is right there.
//! - `close` and `after` have only strong choices. A weak answer must always meet another offer
//!   and every path must end, so the last decision on each path is about getting out and getting
//!   support. `close` ends at `end-close`, `after` at `end`.
//!
//! `Say` choices are the person's own words (they are suggested as refusal lines); `Do` choices
//! describe an action and may quote words inside it.

use crate::core::refusal::{
    find_scenario, Act::*, Choice, Decision, Ending, Node, Pressure, Rating, Rating::*, Scenario,
    Setting, Substance, Technique, Technique::*,
};

/// The scenario with this id, if bundled.
pub fn scenario(id: &str) -> Option<&'static Scenario> {
    find_scenario(SCENARIOS, id)
}

pub fn technique_name(technique: Technique) -> &'static str {
    match technique {
        SayNoFirst => "Say no first, and clearly",
        SteadyVoice => "Steady voice and eye contact",
        SuggestAlternative => "Suggest something else",
        AskToStop => "Ask them to stop offering",
        ChangeSubject => "Change the subject",
        NoExcuses => "No excuses, no \"maybe later\"",
        NoGuilt => "No guilt needed",
        BrokenRecord => "Broken record",
        LeaveSituation => "Leave the situation",
        PlanAhead => "Plan ahead",
        ReachOut => "Reach out afterwards",
    }
}

pub fn technique_explanation(technique: Technique) -> &'static str {
    match technique {
        SayNoFirst => "Start with a clear \"no\". It is the first word people hear, so make it count.",
        SteadyVoice => "Look at the person and speak calmly and firmly, so they can see you mean it.",
        SuggestAlternative => "Offer something else to drink or do, so you can stay in touch without using.",
        AskToStop => "It is fair to ask someone to stop offering; many people don't know how hard it is until you tell them.",
        ChangeSubject => "After your no, move the talk to something else, so the offer doesn't stay the topic.",
        NoExcuses => "Excuses and \"maybe later\" can be argued with and invite a second offer; a plain no can't.",
        NoGuilt => "You don't need to say sorry or feel bad for taking care of your health.",
        BrokenRecord => "If they keep asking, calmly say the same no again; you don't need new reasons.",
        LeaveSituation => "When the pressure keeps coming, you can go: leaving is a skill, not a failure.",
        PlanAhead => "Decide before you go what you will say, drink and do, and skip places that are too risky for now.",
        ReachOut => "After a hard moment, call or text someone who supports your recovery, so you don't carry it alone.",
    }
}

pub fn setting_name(setting: Setting) -> &'static str {
    match setting {
        Setting::Party => "Party",
        Setting::Work => "Work",
        Setting::Home => "Home",
        Setting::Family => "Family",
        Setting::Friends => "Friends",
        Setting::Phone => "Phone",
        Setting::Event => "Concert or game",
    }
}

pub fn substance_name(substance: Substance) -> &'static str {
    match substance {
        Substance::Alcohol => "Alcohol",
        Substance::Cannabis => "Cannabis",
        Substance::PrescriptionPills => "Someone else's pills",
        Substance::Opioids => "Opioids",
        Substance::Stimulants => "Cocaine or meth",
    }
}

pub fn pressure_name(pressure: Pressure) -> &'static str {
    match pressure {
        Pressure::Direct => "Someone offers",
        Pressure::Indirect => "The situation pushes",
    }
}

pub fn rating_name(rating: Rating) -> &'static str {
    match rating {
        Strong => "Strong",
        Partly => "Partly strong",
        Risky => "Risky",
    }
}

/// The bundled scenarios, in the order the list shows them.
pub static SCENARIOS: &[Scenario] = &[
    HOUSE_PARTY,
    AFTER_SHIFT,
    PARTNER_USES,
    FAMILY_TOAST,
    OLD_FRIEND,
    DEALER_TEXT,
    ALONE_AFTER_STRESS,
    PAIN_PILLS,
    CONCERT,
    JUST_ONE,
];

const HOUSE_PARTY: Scenario = Scenario {
    id: "house-party",
    title: "The house party",
    setting: Setting::Party,
    substances: &[Substance::Alcohol, Substance::Cannabis],
    pressure: Pressure::Indirect,
    intro: "Your friend Jay is turning 30. The house is loud and full, and it seems like everyone has a drink in hand. You came to celebrate Jay, and you plan to stay sober tonight.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Jay",
            line: "You made it! Grab a beer from the cooler. Everybody's drinking tonight!",
            narration: Some("Jay spots you at the door and throws an arm around your shoulders."),
            choices: &[
                Choice {
                    id: "offer-driving",
                    act: Say,
                    text: "Oh, I can't. I'm driving tonight.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "It is a no, but it hangs on an excuse. Excuses can be solved (\"Just crash on the couch!\"), so they invite a second offer. A plain \"No thanks\" leaves nothing to argue with.",
                    next: "again",
                },
                Choice {
                    id: "offer-no",
                    act: Say,
                    text: "No thanks, I'm not drinking. Got any soda? Happy birthday!",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses, SuggestAlternative],
                    misses: &[],
                    feedback: "You said no first and clearly, gave no excuse to argue with, and suggested something else to drink. Now you have a glass in your hand and nothing to explain.",
                    next: "push",
                },
                Choice {
                    id: "offer-later",
                    act: Say,
                    text: "Maybe later. I just got here.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, NoExcuses],
                    feedback: "\"Maybe later\" sounds like a yes that is waiting. Jay will hear it that way and come back with a drink. Saying no first, and clearly, saves you from the second round.",
                    next: "again",
                },
                Choice {
                    id: "offer-hold",
                    act: Do,
                    text: "Take a beer from the cooler and just hold it, so nobody asks.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "Holding a drink to fit in keeps it one sip away all night. Planning ahead works better: bring your own drink, and say no before anyone hands you one.",
                    next: "again",
                },
            ],
            discussion_prompt: "Why can an excuse like \"I'm driving\" be harder to keep up than a plain \"No thanks\"?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Jay",
            line: "Soda? Come on, it's my birthday! One beer with me, for old times' sake.",
            narration: Some("Jay hands you a can of soda, then laughs and nudges you."),
            choices: &[
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "No thanks. I'm good with this. Happy birthday, Jay!",
                    rating: Strong,
                    uses: &[BrokenRecord, NoGuilt],
                    misses: &[],
                    feedback: "This is the broken record: the same calm no, one more time. You don't need a new reason, and you don't need to feel bad for saying it.",
                    next: "after",
                },
                Choice {
                    id: "push-sorry",
                    act: Say,
                    text: "Sorry, sorry. I know I'm being boring tonight.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoGuilt, BrokenRecord],
                    feedback: "There is nothing to be sorry for. Saying sorry tells Jay you feel you are letting him down, so he may keep pushing. No guilt is needed: just repeat your no.",
                    next: "last",
                },
                Choice {
                    id: "push-eye",
                    act: Do,
                    text: "Look Jay in the eye and say, in a steady voice: \"I'm not drinking tonight. I'm really glad I came, though.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, SayNoFirst, NoGuilt],
                    misses: &[],
                    feedback: "A steady voice and eye contact show you mean your no. Most people stop asking when they can see that. Saying you are glad to be there keeps it warm, with no guilt.",
                    next: "after",
                },
            ],
            discussion_prompt: "How does it feel when a friend pushes back on your first no, and what helps you say it again?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Jay",
            line: "Here, a cold one! Come on, have one with me. You can relax tonight.",
            narration: Some("Ten minutes later, Jay is back with two fresh, open beers."),
            choices: &[
                Choice {
                    id: "again-stop",
                    act: Say,
                    text: "Jay, please stop offering. I'm not drinking, and it would mean a lot if you had my back on that.",
                    rating: Strong,
                    uses: &[AskToStop, SayNoFirst],
                    misses: &[],
                    feedback: "You said no and asked him to stop offering. That is fair: friends often don't know an offer is hard for you until you say so. Now Jay can help instead of push.",
                    next: "after",
                },
                Choice {
                    id: "again-excuse",
                    act: Say,
                    text: "I can't, I've got an early morning.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "Another excuse gives Jay something new to argue with: \"One beer won't ruin your morning.\" No excuses: a plain no is shorter and ends the talk.",
                    next: "last",
                },
                Choice {
                    id: "again-clear",
                    act: Say,
                    text: "No thanks, Jay. I'm not drinking tonight.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "This time there is no excuse, just a clear no. It closes the door that the first answer left open.",
                    next: "after",
                },
                Choice {
                    id: "again-take",
                    act: Do,
                    text: "Take the beer so he'll drop it.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "Taking it to end the talk puts the drink in your hand. The pressure stops for a moment, but the drink is right there. Saying no first stops the pressure and keeps your hands free.",
                    next: "last",
                },
            ],
            discussion_prompt: "What would you say to a friend who comes back with a drink after you said \"maybe later\"?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Jay's cousin",
            line: "Your turn! Everybody's doing it. It's a party!",
            narration: Some("People crowd onto the back porch. Jay's cousin lights a joint, passes it around the circle, and holds it out to you."),
            choices: &[
                Choice {
                    id: "last-subject",
                    act: Say,
                    text: "I'm good, thanks. Hey, is that cake inside? Who made it?",
                    rating: Strong,
                    uses: &[SayNoFirst, ChangeSubject],
                    misses: &[],
                    feedback: "A quick no, then a new topic. Changing the subject moves everyone's attention away from you and the joint.",
                    next: "after",
                },
                Choice {
                    id: "last-fine",
                    act: Say,
                    text: "Fine. Just one hit, then I'm done.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, LeaveSituation],
                    feedback: "\"Just one\" is a plan that often grows, and the circle now counts on you for the next round. This is not the end of the story: you can still say no, or leave.",
                    next: "close",
                },
                Choice {
                    id: "last-leave",
                    act: Say,
                    text: "No thanks. I'm going to head home. Great party, Jay!",
                    rating: Strong,
                    uses: &[SayNoFirst, LeaveSituation],
                    misses: &[],
                    feedback: "A clear no, then you leave. Leaving is a real skill, not a failure: when the pressure keeps coming, the safest place is somewhere else.",
                    next: "after",
                },
                Choice {
                    id: "last-bit",
                    act: Say,
                    text: "Maybe in a bit. Pass it on for now.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "\"In a bit\" is a \"maybe later\": the joint will come around again, and the circle will count on you. A clear no stops it at the person before you.",
                    next: "close",
                },
            ],
            discussion_prompt: "What makes \"everybody's doing it\" so strong, even when nobody is pushing you directly?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Jay's cousin",
            line: "See? It's easy. Go on.",
            narration: Some("The joint comes back around, and now it is in your fingers. Nobody else is paying much attention."),
            choices: &[
                Choice {
                    id: "close-pass",
                    act: Do,
                    text: "Hand it to the next person without a puff and say: \"No, I'm out.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, NoGuilt],
                    misses: &[],
                    feedback: "It is never too late to say no. Passing it on is a win, not a failure, and there is nothing to feel guilty about.",
                    next: "end-close",
                },
                Choice {
                    id: "close-text",
                    act: Do,
                    text: "Pass it on, step out front, and text your sponsor: \"At a party, need to leave. Can you talk?\"",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Getting out and reaching out work well together. You don't have to handle a strong urge alone.",
                    next: "end-close",
                },
                Choice {
                    id: "close-goodbye",
                    act: Do,
                    text: "Pass it on, find Jay, and say: \"I'm heading out. Happy birthday!\"",
                    rating: Strong,
                    uses: &[LeaveSituation, NoExcuses],
                    misses: &[],
                    feedback: "You leave with no excuse and no drama. A short goodbye is all anyone needs.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "What would help you turn things around once the joint or drink is already in your hand?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "Jay (text)",
            line: "Thanks for coming!! We're still going if you want to come back.",
            narration: Some("Later that night, you're home. The party is still playing in your head when your phone buzzes."),
            choices: &[
                Choice {
                    id: "after-call",
                    act: Do,
                    text: "Text back \"Had a great time. Happy birthday!\" and call someone from your group to talk about the night.",
                    rating: Strong,
                    uses: &[ReachOut, NoExcuses],
                    misses: &[],
                    feedback: "A friendly reply with no excuse, then support. Talking it through helps the night settle, and you learn what helped.",
                    next: "end",
                },
                Choice {
                    id: "after-plan",
                    act: Do,
                    text: "Put the phone down and write what helped tonight, and what you'll do at the next party.",
                    rating: Strong,
                    uses: &[PlanAhead],
                    misses: &[],
                    feedback: "Planning ahead turns tonight into practice for next time: what to drink, what to say, when to leave.",
                    next: "end",
                },
                Choice {
                    id: "after-breakfast",
                    act: Say,
                    text: "I'm home for the night. Breakfast tomorrow? My treat.",
                    rating: Strong,
                    uses: &[SuggestAlternative, NoGuilt],
                    misses: &[],
                    feedback: "You suggest something else to do together, with no guilt. It keeps the friendship and skips the party.",
                    next: "end",
                },
            ],
            discussion_prompt: "Who could you reach out to after a party like this one?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "You went to the party, celebrated your friend, and stayed sober. That took real skill. Look at which techniques helped most tonight, so you can use them again.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "It got close, and you still turned it around. Being near a drink or a drug is not the same as using it, and one hard moment does not erase your progress. Tell someone you trust about tonight; it helps to say it out loud.",
        }),
    ],
};

const AFTER_SHIFT: Scenario = Scenario {
    id: "after-shift",
    title: "Drinks after a hard shift",
    setting: Setting::Work,
    substances: &[Substance::Alcohol],
    pressure: Pressure::Indirect,
    intro: "It's the end of a long, awful shift at the restaurant. A customer yelled at you, you missed your break, and your feet hurt. Your coworker Dana is heading to the bar across the street.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Dana",
            line: "What a night. We earned a drink. Come on, first round's on me.",
            narration: Some("Dana pulls off her apron and grabs her keys."),
            choices: &[
                Choice {
                    id: "offer-deserve",
                    act: Say,
                    text: "You're right. I deserve one after tonight.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "After a hard day, a drink can feel earned. That is the stress talking, and it needs a no. Stress after work is a common trigger; planning ahead gives you a different reward ready.",
                    next: "again",
                },
                Choice {
                    id: "offer-no-food",
                    act: Say,
                    text: "No thanks, I don't drink. But I'd love a burger if you're eating.",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative],
                    misses: &[],
                    feedback: "You said no first, then suggested something else to do together. You still get time with Dana, just without the drink.",
                    next: "push",
                },
                Choice {
                    id: "offer-tired",
                    act: Say,
                    text: "I'm so wiped out. I should probably just go home.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "\"Probably\" and \"tired\" sound like a maybe, and Dana has an answer ready: \"One drink will wake you up!\" A clear no with no excuse is harder to talk around.",
                    next: "again",
                },
            ],
            discussion_prompt: "When does a drink start to feel \"earned\", and what else could feel like a reward after a hard shift?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Dana",
            line: "A soda at a bar? Come on, one beer won't kill you. You need to unwind.",
            narration: Some("Dana laughs and holds the door of the bar open."),
            choices: &[
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "No beer for me. A soda and a burger sounds great, though.",
                    rating: Strong,
                    uses: &[BrokenRecord, SuggestAlternative],
                    misses: &[],
                    feedback: "The broken record: the same no, calmly, plus the same idea of something else to do. You don't need a new reason each time.",
                    next: "after",
                },
                Choice {
                    id: "push-story",
                    act: Say,
                    text: "It's just that... I had some problems with drinking, and my doctor said... it's complicated.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "You can share your story if you want to, but you don't owe anyone a reason. A long explanation at the bar door can turn into a debate. A short no is enough.",
                    next: "last",
                },
                Choice {
                    id: "push-steady",
                    act: Do,
                    text: "Look at her and say, in a steady voice: \"Dana, I don't drink. Please don't push me on it.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, AskToStop],
                    misses: &[],
                    feedback: "A steady voice and eye contact show you mean it, and asking her to stop is fair. Most coworkers respect that once they hear it plainly.",
                    next: "after",
                },
            ],
            discussion_prompt: "How much of your story do you want to share with coworkers, and what short line could you use instead?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Dana",
            line: "Come on. One drink, then we both go home. You'll sleep better.",
            narration: Some("Dana waves at you from the bar door, already smiling."),
            choices: &[
                Choice {
                    id: "again-home",
                    act: Say,
                    text: "No thanks. I'm heading home. See you tomorrow!",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses, LeaveSituation],
                    misses: &[],
                    feedback: "A clear no, no excuse, and you leave. The further you are from the bar door, the easier it gets.",
                    next: "after",
                },
                Choice {
                    id: "again-sleep",
                    act: Say,
                    text: "I don't know... I do sleep badly after a shift like this.",
                    rating: Partly,
                    uses: &[],
                    misses: &[SayNoFirst, NoExcuses],
                    feedback: "Thinking out loud sounds like a maybe, and Dana will hear a yes. Bad sleep after stress is real, but alcohol makes sleep worse, not better. Say no first, then go.",
                    next: "last",
                },
                Choice {
                    id: "again-stop",
                    act: Say,
                    text: "Dana, I'm not drinking. I need you to stop asking, okay?",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "A clear no, and asking someone to stop offering is fair. It also helps Dana know how to be a good coworker to you.",
                    next: "after",
                },
                Choice {
                    id: "again-follow",
                    act: Do,
                    text: "Follow her in, telling yourself you'll just have a soda.",
                    rating: Risky,
                    uses: &[],
                    misses: &[PlanAhead, LeaveSituation],
                    feedback: "Walking into a bar after a hard shift, with no plan, puts you right next to the trigger. If you go in, go with a plan: what you'll order and when you'll leave.",
                    next: "last",
                },
            ],
            discussion_prompt: "What are some signs that your own \"maybe\" is turning into a yes?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Miguel (coworker)",
            line: "To surviving tonight! Everybody drinks!",
            narration: Some("Before you know it, you're at a table in the bar with Dana and two other coworkers. The server sets down a round of shots, one in front of you."),
            choices: &[
                Choice {
                    id: "last-water",
                    act: Say,
                    text: "Not for me, thanks. I'll toast with my water.",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative, NoGuilt],
                    misses: &[],
                    feedback: "You said no first and joined the toast with something else in your glass. You belong at the table without the shot, and there is nothing to feel guilty about.",
                    next: "after",
                },
                Choice {
                    id: "last-finish",
                    act: Say,
                    text: "Let me finish my soda first.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "It buys time, but it tells everyone the shot is still yours. It will be waiting when the soda is gone. No excuses: say no, and the shot goes to someone else.",
                    next: "close",
                },
                Choice {
                    id: "last-out",
                    act: Say,
                    text: "I'm out, everybody. Good work tonight.",
                    rating: Strong,
                    uses: &[LeaveSituation, NoExcuses],
                    misses: &[],
                    feedback: "Leaving is a skill, not a failure. You don't need to explain why you're going.",
                    next: "after",
                },
                Choice {
                    id: "last-one",
                    act: Say,
                    text: "Fine, one shot. It's been a night.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, LeaveSituation],
                    feedback: "Stress plus a drink in front of you is a hard mix. This is not the end of the story: the shot is still on the table, and you can still say no or leave.",
                    next: "close",
                },
            ],
            discussion_prompt: "How could you join a work toast and still stay sober?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Miguel (coworker)",
            line: "Come on, on three! One, two...",
            narration: Some("The shot is still in front of you. Everyone at the table is raising a glass and looking at you."),
            choices: &[
                Choice {
                    id: "close-slide",
                    act: Do,
                    text: "Slide the shot to the middle of the table and say: \"No. I'm good with water.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, BrokenRecord],
                    misses: &[],
                    feedback: "It is never too late to say no again. Moving the shot away makes your no easy to see, and easy to keep.",
                    next: "end-close",
                },
                Choice {
                    id: "close-leave",
                    act: Do,
                    text: "Stand up, say \"Night, everyone,\" and walk out.",
                    rating: Strong,
                    uses: &[LeaveSituation, NoGuilt],
                    misses: &[],
                    feedback: "You leave without a drink and without guilt. Nobody at that table needs an explanation.",
                    next: "end-close",
                },
                Choice {
                    id: "close-call",
                    act: Do,
                    text: "Go to the restroom and call someone from your program.",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Stepping away breaks the moment, and reaching out brings someone into your corner right when you need it.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "Who could you call from a restroom or a parking lot when a night goes sideways?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "The urge",
            line: "You had a terrible day. Just grab a bottle on the way home. Nobody will know.",
            narration: Some("On your way home, the shift is still buzzing in your body. You pass the corner store."),
            choices: &[
                Choice {
                    id: "after-call",
                    act: Do,
                    text: "Keep walking and call a friend from your program to talk about the shift.",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "The urge often comes back when you are alone. Reaching out lets the stress out in words instead.",
                    next: "end",
                },
                Choice {
                    id: "after-routine",
                    act: Do,
                    text: "Walk past the store and plan a new after-shift routine: food, a shower, a show.",
                    rating: Strong,
                    uses: &[PlanAhead, SuggestAlternative],
                    misses: &[],
                    feedback: "Planning ahead gives the end of a hard shift something else to look forward to, so the old reward has less pull.",
                    next: "end",
                },
                Choice {
                    id: "after-self",
                    act: Say,
                    text: "No. I'm going home, eating something, and going to bed.",
                    rating: Strong,
                    uses: &[SayNoFirst, PlanAhead],
                    misses: &[],
                    feedback: "You can say no to the urge the same way you say it to people: first, clearly, with a plan. Being hungry and tired makes urges louder, so food and sleep help.",
                    next: "end",
                },
            ],
            discussion_prompt: "What could your own after-work routine look like on a really bad day?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "You got through a hard shift and a hard offer without drinking. Stress after work is one of the most common triggers. A plan for the end of a shift makes the next bad night easier.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "A rough shift, a table of coworkers and a shot in front of you: that is a lot of pressure, and you still got out of it. Tell someone in your program about tonight, and think about what would make it easier next time.",
        }),
    ],
};

const PARTNER_USES: Scenario = Scenario {
    id: "partner-uses",
    title: "When your partner still uses",
    setting: Setting::Home,
    substances: &[Substance::Opioids],
    pressure: Pressure::Indirect,
    intro: "You've been in treatment for three weeks. Your partner, Alex, loves you, but still uses. Tonight you come home and Alex is on the couch, high, with more pills on the coffee table.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Alex",
            line: "Hey, babe. Rough day? There's some left if you want it. I saved it for you.",
            narration: Some("Alex looks up slowly, eyes heavy."),
            choices: &[
                Choice {
                    id: "offer-no",
                    act: Say,
                    text: "No. I'm not using. Can you put that away while I'm here?",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "You said no first, then asked for what you need. Getting the pills out of sight makes the rest of the night safer.",
                    next: "push",
                },
                Choice {
                    id: "offer-tonight",
                    act: Say,
                    text: "Not tonight. I'm too tired.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "\"Not tonight\" sounds like \"maybe tomorrow\", and being tired is an excuse Alex can answer. A plain no, with no excuse, says this is not up for debate.",
                    next: "again",
                },
                Choice {
                    id: "offer-sit",
                    act: Do,
                    text: "Sit down next to Alex and say nothing.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, LeaveSituation],
                    feedback: "Sitting close to the pills without saying no leaves the offer open, and silence can sound like yes. You can say no, leave the room, and still be with Alex later.",
                    next: "again",
                },
            ],
            discussion_prompt: "How is saying no to a partner different from saying no to a friend or a stranger?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Alex",
            line: "You don't have to be like this with me. It's just us. I won't tell your counselor.",
            narration: Some("Alex sighs and pushes the pills a little closer to you."),
            choices: &[
                Choice {
                    id: "push-argue",
                    act: Say,
                    text: "Why do you always do this? You know I'm trying!",
                    rating: Partly,
                    uses: &[],
                    misses: &[SteadyVoice],
                    feedback: "Your anger makes sense. But a fight can leave you both upset, and being upset is a trigger too. A calm, steady no protects you better.",
                    next: "last",
                },
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "No. I love you, and my answer is still no.",
                    rating: Strong,
                    uses: &[BrokenRecord, NoGuilt],
                    misses: &[],
                    feedback: "The broken record, said with love. You can care about Alex and still say no, with no guilt about it.",
                    next: "after",
                },
                Choice {
                    id: "push-shower",
                    act: Do,
                    text: "Say \"I'm going to take a shower and go to bed,\" and leave the room.",
                    rating: Strong,
                    uses: &[LeaveSituation, NoExcuses],
                    misses: &[],
                    feedback: "Leaving the room puts space between you and the pills. You don't owe a long explanation while Alex is high.",
                    next: "after",
                },
            ],
            discussion_prompt: "What could help you stay calm when someone you love keeps offering?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Alex",
            line: "I know you said not tonight. But it's been a hard week for both of us. Just a little, to help you sleep.",
            narration: Some("Later, Alex comes to find you in the kitchen."),
            choices: &[
                Choice {
                    id: "again-half",
                    act: Say,
                    text: "Maybe just half. To sleep.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "A smaller amount is still a yes, and opioids after a break can be very dangerous: your body can't handle what it used to. Say no first, even to \"just a little\".",
                    next: "last",
                },
                Choice {
                    id: "again-clear",
                    act: Say,
                    text: "No. Not tonight, not tomorrow. I'm done using.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "This closes the door that \"not tonight\" left open. No excuses: just a clear no.",
                    next: "after",
                },
                Choice {
                    id: "again-sorry",
                    act: Say,
                    text: "I'm sorry. I know I'm making things hard for you.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoGuilt, SayNoFirst],
                    feedback: "You are not doing anything wrong by getting well. No guilt is needed, and without a no, the offer is still on the table.",
                    next: "last",
                },
                Choice {
                    id: "again-steady",
                    act: Do,
                    text: "Look Alex in the eye and say calmly: \"I need you to stop offering me. Every time. Please.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, AskToStop],
                    misses: &[],
                    feedback: "A steady voice, eye contact, and a clear request. Asking Alex to stop offering is fair, and it is what you need to stay well at home.",
                    next: "after",
                },
            ],
            discussion_prompt: "What would you want a partner to know about how their offers affect you?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "The urge",
            line: "Nobody's awake. Nobody would know.",
            narration: Some("It's 2 a.m. and you can't sleep. Alex is asleep, and the pills are still on the table in the next room."),
            choices: &[
                Choice {
                    id: "last-call",
                    act: Do,
                    text: "Text your sponsor or call a support line: \"Can't sleep. Pills in the house. Can you talk?\"",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out at 2 a.m. takes courage, and it works. Saying the urge out loud to someone makes it smaller.",
                    next: "after",
                },
                Choice {
                    id: "last-alone",
                    act: Do,
                    text: "Lie there and try to tough it out alone.",
                    rating: Partly,
                    uses: &[],
                    misses: &[ReachOut],
                    feedback: "You're not using, and that matters. But fighting a strong urge alone in the middle of the night is very hard. Reaching out makes it lighter.",
                    next: "close",
                },
                Choice {
                    id: "last-porch",
                    act: Do,
                    text: "Get up, go sit on the porch, and make a plan to ask Alex to keep drugs out of the house.",
                    rating: Strong,
                    uses: &[LeaveSituation, PlanAhead],
                    misses: &[],
                    feedback: "You left the room with the pills and started planning ahead. A home without drugs in it is one of the best protections you can have.",
                    next: "after",
                },
                Choice {
                    id: "last-look",
                    act: Do,
                    text: "Go and look at the pills, just to see.",
                    rating: Risky,
                    uses: &[],
                    misses: &[LeaveSituation, ReachOut],
                    feedback: "\"Just looking\" feeds the craving, and moving toward the pills makes the next step easier. It is not too late to walk away and call someone.",
                    next: "close",
                },
            ],
            discussion_prompt: "What can you do when the pressure comes from your own thoughts in the middle of the night?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "The urge",
            line: "Just one. You'll sleep, and tomorrow you can start over.",
            narration: Some("You find yourself standing by the coffee table. The pills are right there."),
            choices: &[
                Choice {
                    id: "close-wake",
                    act: Do,
                    text: "Step away from the table, wake Alex, and say: \"I need you to put these away. Now.\"",
                    rating: Strong,
                    uses: &[AskToStop, LeaveSituation],
                    misses: &[],
                    feedback: "Asking for help in the moment is strong. You step away from the pills and make someone else part of keeping you safe.",
                    next: "end-close",
                },
                Choice {
                    id: "close-call",
                    act: Do,
                    text: "Call your sponsor or a support line and say: \"I'm close to using. Please stay on the phone with me.\"",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out right at the edge is one of the bravest things you can do. Urges rise and fall; a voice on the phone helps you ride it out.",
                    next: "end-close",
                },
                Choice {
                    id: "close-outside",
                    act: Do,
                    text: "Go outside, breathe slowly, and tell yourself: \"No. Tomorrow I tell my counselor about tonight.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, LeaveSituation, PlanAhead],
                    misses: &[],
                    feedback: "You said no to the urge, left the room, and planned your next step. Telling your counselor helps you plan for the next night like this.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "What would you want to have ready for a night like this: numbers, places, words?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "Alex",
            line: "Are you mad at me? I can't just stop because you did.",
            narration: Some("The next morning, Alex is awake and quiet."),
            choices: &[
                Choice {
                    id: "after-counselor",
                    act: Say,
                    text: "I'm not mad. I need our home to be drug-free so I can stay well. Can we talk about it with my counselor?",
                    rating: Strong,
                    uses: &[AskToStop, ReachOut],
                    misses: &[],
                    feedback: "You ask for what you need, calmly, and bring in support. Many programs help partners and families talk about this.",
                    next: "end",
                },
                Choice {
                    id: "after-sister",
                    act: Say,
                    text: "I love you. Until things change, I'll stay at my sister's on nights you're using.",
                    rating: Strong,
                    uses: &[PlanAhead, LeaveSituation, NoGuilt],
                    misses: &[],
                    feedback: "Planning ahead to leave before the high-risk situation is a loving choice for both of you, not a punishment. No guilt needed.",
                    next: "end",
                },
                Choice {
                    id: "after-group",
                    act: Say,
                    text: "I'm going to my group tonight. There's a family night too, if you ever want to come.",
                    rating: Strong,
                    uses: &[ReachOut, SuggestAlternative],
                    misses: &[],
                    feedback: "You keep reaching out for support and suggest something you could do together. That leaves a door open, the healthy kind.",
                    next: "end",
                },
            ],
            discussion_prompt: "What would a safer home look like for you right now, and who could help you get there?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "Saying no to someone you love, in your own home, is one of the hardest things in recovery. A home with drugs in it is a big risk. Talk with the clinic about it: some people stay somewhere safer for a while, and that is a plan, not a failure.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "You came very close, in the middle of the night, and you still turned away. That is real strength. A home where drugs are around makes every night harder; please tell your counselor about tonight so you can plan together.",
        }),
    ],
};

const FAMILY_TOAST: Scenario = Scenario {
    id: "family-toast",
    title: "The family toast",
    setting: Setting::Family,
    substances: &[Substance::Alcohol],
    pressure: Pressure::Indirect,
    intro: "It's your parents' 40th anniversary dinner, and the whole family is here. Uncle Ray is filling glasses with champagne for a toast. Only your sister knows you're in treatment.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Uncle Ray",
            line: "Glasses up! Everybody toasts with champagne. It's tradition!",
            narration: Some("Uncle Ray walks around the table with the bottle."),
            choices: &[
                Choice {
                    id: "offer-meds",
                    act: Say,
                    text: "Oh, I can't. I'm on antibiotics.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "An excuse can work once, but it has an end date, and Ray may say \"One sip won't matter.\" No excuses: a short, honest no is easier to keep up at every family dinner.",
                    next: "again",
                },
                Choice {
                    id: "offer-toast-only",
                    act: Say,
                    text: "Sure, just for the toast. I won't really drink it.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "Saying sure instead of no puts a full glass in your hand during a toast, and that is a lot to resist. Planning ahead, like bringing your own sparkling water, lets you toast without the risk.",
                    next: "again",
                },
                Choice {
                    id: "offer-cover",
                    act: Do,
                    text: "Put your hand over your glass and say: \"No thanks, Uncle Ray. I'll toast with sparkling water.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative],
                    misses: &[],
                    feedback: "Your hand and your words both say no, and you still get to join the toast. Suggesting something else lets you take part in the tradition.",
                    next: "push",
                },
            ],
            discussion_prompt: "What family traditions around drinking might be hard for you, and how could you take part your own way?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Uncle Ray",
            line: "Water? For your own parents' anniversary? Come on, don't be rude.",
            narration: Some("Ray frowns, and the table goes quiet for a second."),
            choices: &[
                Choice {
                    id: "push-sorry",
                    act: Say,
                    text: "Sorry, sorry. I don't mean to be rude...",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoGuilt, BrokenRecord],
                    feedback: "Saying no is not rude, and there is nothing to be sorry for. No guilt is needed. Saying sorry can sound like you are about to give in; repeating your no calmly works better.",
                    next: "last",
                },
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "No champagne for me, thanks. I'm so happy to be here for this.",
                    rating: Strong,
                    uses: &[BrokenRecord, NoGuilt],
                    misses: &[],
                    feedback: "The broken record, with warmth. You say the same no again and show you're there for your parents, with no guilt about your glass.",
                    next: "after",
                },
                Choice {
                    id: "push-subject",
                    act: Say,
                    text: "No thanks. Hey, Mom, tell everyone how you two met!",
                    rating: Strong,
                    uses: &[SayNoFirst, ChangeSubject],
                    misses: &[],
                    feedback: "A quick no, then you change the subject to the best story at the table. The attention moves to your parents, where it belongs.",
                    next: "after",
                },
            ],
            discussion_prompt: "What could you say when a relative calls your no \"rude\"?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Uncle Ray",
            line: "There you go. One sip for the toast won't hurt anybody.",
            narration: Some("The glasses are full now. Ray leans over and tops yours up."),
            choices: &[
                Choice {
                    id: "again-clear",
                    act: Say,
                    text: "No thanks, Uncle Ray. I'm not drinking.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "This time there is no excuse, just a clear no. It closes the door the first answer left open.",
                    next: "after",
                },
                Choice {
                    id: "again-fake",
                    act: Do,
                    text: "Keep the glass and hope you can fake the sip.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "Faking it keeps the champagne at your lips. It is easy for one fake sip to become a real one. A no, or a plan made before dinner, is safer.",
                    next: "last",
                },
                Choice {
                    id: "again-sister",
                    act: Do,
                    text: "Give your sister the signal you agreed on before dinner. She swaps your glass for her water.",
                    rating: Strong,
                    uses: &[PlanAhead, ReachOut],
                    misses: &[],
                    feedback: "Planning ahead with someone you trust means you don't face the moment alone. Reaching out with a simple signal can do a lot.",
                    next: "after",
                },
            ],
            discussion_prompt: "Who at a family event could be your ally, and what signal could you agree on?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Dad",
            line: "This is the good stuff. I've been saving it to share with you.",
            narration: Some("After the toast, dessert comes out, and so does a bottle of your dad's favorite whiskey."),
            choices: &[
                Choice {
                    id: "last-later",
                    act: Say,
                    text: "Maybe later, Dad.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "\"Later\" tells your dad to try again, and he will. A warm, clear no is kinder to both of you than a maybe.",
                    next: "close",
                },
                Choice {
                    id: "last-coffee",
                    act: Say,
                    text: "Dad, thank you, that means a lot. I'm not drinking, but I'd love a coffee with you.",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative, NoGuilt],
                    misses: &[],
                    feedback: "You honor what your dad is really offering, time together, and suggest something else to share. No guilt, and no drink.",
                    next: "after",
                },
                Choice {
                    id: "last-one",
                    act: Say,
                    text: "Okay. One small glass with you.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "Wanting to share this moment with your dad makes sense. But one glass can undo a lot. The story isn't over: you can still say no before you drink.",
                    next: "close",
                },
                Choice {
                    id: "last-steady",
                    act: Do,
                    text: "Look at your dad and say, calmly and warmly: \"No thanks, Dad. I'm not drinking anymore.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, SayNoFirst],
                    misses: &[],
                    feedback: "A clear no, with a steady voice, eye contact and warmth. Your dad can see you mean it, and that you still love him.",
                    next: "after",
                },
            ],
            discussion_prompt: "How can you say no to a parent's offer and still show that you love them?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Dad",
            line: "Cheers, kid.",
            narration: Some("A glass of whiskey is poured and set in front of you. Your dad smiles and waits."),
            choices: &[
                Choice {
                    id: "close-share",
                    act: Say,
                    text: "Dad, I'm not going to drink this. I'm getting help for my drinking, and it's going well. Coffee instead?",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative, NoGuilt],
                    misses: &[],
                    feedback: "Sharing your recovery is your choice, never a must, and nothing to feel guilty about. Here you said no first, shared a little, and suggested something else to do together.",
                    next: "end-close",
                },
                Choice {
                    id: "close-step",
                    act: Do,
                    text: "Say \"Be right back,\" step outside, and text your sister to come find you.",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Stepping out gives you a minute to breathe, and reaching out to your sister brings in support.",
                    next: "end-close",
                },
                Choice {
                    id: "close-push",
                    act: Do,
                    text: "Gently push the glass back and say: \"No thanks, Dad. Let's cheers with coffee.\"",
                    rating: Strong,
                    uses: &[BrokenRecord, SuggestAlternative],
                    misses: &[],
                    feedback: "It is never too late for the broken record. Your no and your idea of coffee instead keep the moment warm.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "What would make it easier to say no once the glass is already poured?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "The urge",
            line: "You were so good all night. You deserve one drink at home.",
            narration: Some("Driving home, you feel proud and worn out."),
            choices: &[
                Choice {
                    id: "after-sister",
                    act: Do,
                    text: "Call your sister from the car to talk about the night.",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out afterwards lets you share the pride and the tiredness, so the urge has less room.",
                    next: "end",
                },
                Choice {
                    id: "after-plan",
                    act: Do,
                    text: "At home, write down what worked tonight for the next family event: the signal, the sparkling water, leaving early.",
                    rating: Strong,
                    uses: &[PlanAhead],
                    misses: &[],
                    feedback: "Planning ahead turns tonight's wins into next time's plan. Family events come around again.",
                    next: "end",
                },
                Choice {
                    id: "after-reward",
                    act: Do,
                    text: "Pick a different reward: your favorite takeout and a movie.",
                    rating: Strong,
                    uses: &[SuggestAlternative],
                    misses: &[],
                    feedback: "You do deserve a reward. Choosing something else to enjoy answers the urge without a drink.",
                    next: "end",
                },
            ],
            discussion_prompt: "What is a reward that feels good to you and doesn't involve alcohol?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "Family events mix love, old habits and a lot of eyes on you. You stayed sober and stayed part of the celebration. Whether and when to tell your family about your recovery is your choice.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "The glass was poured and you still said no. That counts. Family moments can pull hard, and you found your way through. Talk with your counselor or your sister about what would help at the next family event.",
        }),
    ],
};

const OLD_FRIEND: Scenario = Scenario {
    id: "old-friend",
    title: "An old friend",
    setting: Setting::Friends,
    substances: &[Substance::Cannabis, Substance::Stimulants],
    pressure: Pressure::Indirect,
    intro: "At the gas station you run into Kev. You two used to party together all the time. You haven't seen him since you started treatment.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Kev",
            line: "No way! Where have you been? Me and the guys are at my place tonight, just like old times. You in?",
            narration: Some("Kev gives you a big hug and grins."),
            choices: &[
                Choice {
                    id: "offer-maybe",
                    act: Say,
                    text: "Maybe! Text me the address.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "\"Maybe\" plus an address is almost a plan to go, not a no. Going back to the old crowd is one of the highest-risk places. Planning ahead means deciding now, while you are calm.",
                    next: "again",
                },
                Choice {
                    id: "offer-busy",
                    act: Say,
                    text: "Ah, I'm busy tonight.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "\"Busy tonight\" sounds like \"free another night\", so Kev will ask again. No excuses: a clear no about the party is kinder in the long run.",
                    next: "again",
                },
                Choice {
                    id: "offer-lunch",
                    act: Say,
                    text: "Good to see you, man. I'm not doing that stuff anymore, so I'll pass. Want to grab lunch sometime?",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative],
                    misses: &[],
                    feedback: "You said no clearly and suggested something else. You keep the door open to Kev, not to the party.",
                    next: "push",
                },
            ],
            discussion_prompt: "What is hard about seeing someone you used to use with?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Kev",
            line: "Lunch? Who are you, my dad? Come on, it won't be the same without you. We'll keep it chill.",
            narration: Some("Kev laughs and shakes his head."),
            choices: &[
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "I'm not coming tonight. Lunch is a real offer, though.",
                    rating: Strong,
                    uses: &[BrokenRecord, SuggestAlternative],
                    misses: &[],
                    feedback: "The broken record: the same no, and the same idea of something else to do together. Kev can tease, but he can't argue with it.",
                    next: "after",
                },
                Choice {
                    id: "push-laugh",
                    act: Say,
                    text: "Ha, yeah, I'm getting old. Maybe next time.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "Laughing it off is natural, but \"maybe next time\" invites a next time. No excuses: it is okay to just say no.",
                    next: "last",
                },
                Choice {
                    id: "push-steady",
                    act: Do,
                    text: "Look at him and say, in a steady voice: \"Kev, I'm in recovery. I can't be around that right now. Please don't push.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, AskToStop],
                    misses: &[],
                    feedback: "A steady voice and eye contact show you're serious, and asking him to stop is fair. A real friend will hear it.",
                    next: "after",
                },
            ],
            discussion_prompt: "How much do you want to tell old friends about your recovery?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Kev (text)",
            line: "Yo, we're all here. Got some good stuff too. I'll pick you up, 10 min.",
            narration: Some("That night your phone buzzes."),
            choices: &[
                Choice {
                    id: "again-no",
                    act: Say,
                    text: "No, don't come get me. I'm not using anymore. Take care, Kev.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "A clear no, with no excuse, sent before he gets in the car. It is short, kind, and final.",
                    next: "after",
                },
                Choice {
                    id: "again-ignore",
                    act: Do,
                    text: "Leave the text on read and hope he gives up.",
                    rating: Partly,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "Not answering may work, but Kev may show up anyway. A short, clear no by text ends the question.",
                    next: "last",
                },
                Choice {
                    id: "again-stop",
                    act: Say,
                    text: "I'm not coming, tonight or any night like that. Please stop inviting me to those.",
                    rating: Strong,
                    uses: &[AskToStop, SayNoFirst],
                    misses: &[],
                    feedback: "A clear no, and asking him to stop the invites saves you from this same text next week.",
                    next: "after",
                },
                Choice {
                    id: "again-hour",
                    act: Say,
                    text: "ok just for an hour",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "\"Just an hour\" with the people and the place you used with is a very hard plan to keep. It is not too late to change your answer to no.",
                    next: "last",
                },
            ],
            discussion_prompt: "Is it better to ignore a text like this or to answer it, and why?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Kev",
            line: "Come on out! Just come hang. You don't have to do anything.",
            narration: Some("Later that night, Kev's car pulls up outside your place. He honks and calls through the window."),
            choices: &[
                Choice {
                    id: "last-go",
                    act: Say,
                    text: "Fine. I'll just hang out. I won't use.",
                    rating: Risky,
                    uses: &[],
                    misses: &[LeaveSituation, PlanAhead],
                    feedback: "Going where people use, with the people you used with, is one of the riskiest choices. \"I won't use\" is a very hard plan to keep in that room.",
                    next: "close",
                },
                Choice {
                    id: "last-no",
                    act: Say,
                    text: "No, Kev. I'm staying home. Drive safe.",
                    rating: Strong,
                    uses: &[SayNoFirst, BrokenRecord],
                    misses: &[],
                    feedback: "A short, clear no from your doorway, the same as before. You don't need to go out to explain.",
                    next: "after",
                },
                Choice {
                    id: "last-explain",
                    act: Do,
                    text: "Go out to the car to explain why you can't come.",
                    rating: Partly,
                    uses: &[],
                    misses: &[LeaveSituation],
                    feedback: "You mean well, but walking up to the car brings you closer to the offer. Keep your distance: say no from where you are, step away, and close the door.",
                    next: "close",
                },
                Choice {
                    id: "last-call",
                    act: Do,
                    text: "Stay inside, text \"Not coming. Goodnight,\" and call a friend from group.",
                    rating: Strong,
                    uses: &[SayNoFirst, ReachOut],
                    misses: &[],
                    feedback: "You said no and reached out right away. A friend on the phone makes it easier to wait until the car leaves.",
                    next: "after",
                },
            ],
            discussion_prompt: "What could you do if someone from your using days shows up at your door?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Kev",
            line: "Here, take the edge off before we go.",
            narration: Some("You're standing by Kev's car. Someone in the back seat holds out what they're using."),
            choices: &[
                Choice {
                    id: "close-inside",
                    act: Do,
                    text: "Step back from the car and say: \"No. I'm not coming. Bye, Kev.\" Then go inside and lock the door.",
                    rating: Strong,
                    uses: &[SayNoFirst, LeaveSituation],
                    misses: &[],
                    feedback: "It is never too late to say no and walk away. A locked door gives you a little distance and time.",
                    next: "end-close",
                },
                Choice {
                    id: "close-sponsor",
                    act: Do,
                    text: "Walk back inside and call your sponsor right away, even though it's late.",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Leaving and reaching out together. Sponsors and support people expect late calls; this is what they are there for.",
                    next: "end-close",
                },
                Choice {
                    id: "close-delete",
                    act: Do,
                    text: "Say \"No,\" go inside, and delete Kev's number so tonight doesn't happen again.",
                    rating: Strong,
                    uses: &[SayNoFirst, PlanAhead],
                    misses: &[],
                    feedback: "You said no and planned ahead. Making it harder for the offer to reach you is a real skill.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "What could make it easier to walk away when you're already close to the drugs?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "Kev (text)",
            line: "No hard feelings. Party's Saturday if you change your mind.",
            narration: Some("The next day you feel a bit sad. Kev was a big part of your life."),
            choices: &[
                Choice {
                    id: "after-reply",
                    act: Say,
                    text: "No hard feelings. I won't be there. Lunch is still open if you ever want it.",
                    rating: Strong,
                    uses: &[BrokenRecord, SuggestAlternative, NoGuilt],
                    misses: &[],
                    feedback: "The same no, the same offer of something else to do, and no guilt. You can care about Kev and still stay away from the party.",
                    next: "end",
                },
                Choice {
                    id: "after-group",
                    act: Do,
                    text: "Talk about Kev at your next group. Losing old friends is a real loss.",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out about the sadness helps. Many people in recovery miss old friends, and talking about it makes it easier to carry.",
                    next: "end",
                },
                Choice {
                    id: "after-saturday",
                    act: Do,
                    text: "Plan your Saturday now: a meeting, then dinner with your sister.",
                    rating: Strong,
                    uses: &[PlanAhead],
                    misses: &[],
                    feedback: "Planning ahead fills the time the party would have taken. An empty Saturday is a riskier Saturday.",
                    next: "end",
                },
            ],
            discussion_prompt: "How do you deal with missing the people you used with?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "Old friends from your using days can be the hardest no. You can care about someone and still keep your distance. It is okay to feel sad about those friendships, and to build new ones.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "You got right up to the car, and you still walked away. That is not failure; it is the skill working when it matters most. Tell someone in your program about tonight and think about what would keep the old crowd further away.",
        }),
    ],
};

const DEALER_TEXT: Scenario = Scenario {
    id: "dealer-text",
    title: "A text from your dealer",
    setting: Setting::Phone,
    substances: &[Substance::Opioids, Substance::Stimulants],
    pressure: Pressure::Indirect,
    intro: "You're folding laundry on a quiet Sunday. Your phone lights up with a name you haven't seen in two months: Tee, the person you used to buy from.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Tee (text)",
            line: "Hey stranger. Haven't heard from you. Just got something really good in. Thought of you.",
            narration: Some("Your heart speeds up when you see the name."),
            choices: &[
                Choice {
                    id: "offer-block",
                    act: Do,
                    text: "Reply \"No. I'm done. Don't text me again,\" and block the number.",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop, PlanAhead],
                    misses: &[],
                    feedback: "A clear no, a request to stop, and a block. Making it harder for the offer to reach you is planning ahead.",
                    next: "push",
                },
                Choice {
                    id: "offer-money",
                    act: Say,
                    text: "Not right now, money's tight.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses],
                    feedback: "Money is an excuse a dealer can solve: \"Pay me later.\" No excuses: a plain no gives Tee nothing to work with.",
                    next: "again",
                },
                Choice {
                    id: "offer-no",
                    act: Say,
                    text: "No thanks. I don't use anymore. Please lose my number.",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "You said no first and asked Tee to stop. Short and clear is best with someone whose job is to sell to you.",
                    next: "push",
                },
                Choice {
                    id: "offer-keep",
                    act: Do,
                    text: "Read it three times and keep the thread, just in case.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "Keeping the door open \"just in case\" makes a later yes easier, and the text keeps calling to you. Planning ahead means saying no and closing that door while you feel strong.",
                    next: "again",
                },
            ],
            discussion_prompt: "What goes through your mind and body when a name from your using days shows up on your phone?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Unknown number (text)",
            line: "It's Tee. New phone. Don't be like that. First one's free, for old times.",
            narration: Some("An hour later, a text from a number you don't know."),
            choices: &[
                Choice {
                    id: "push-free",
                    act: Say,
                    text: "Free? ...What is it?",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, BrokenRecord],
                    feedback: "Asking questions keeps the talk going, and Tee is good at talking. Curiosity is often the craving in disguise. Repeating your no would end it.",
                    next: "last",
                },
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "No. My answer won't change. Don't contact me.",
                    rating: Strong,
                    uses: &[BrokenRecord, AskToStop],
                    misses: &[],
                    feedback: "The broken record: the same no, with no new reasons to argue with, and a clear ask to stop. Then you can block this number too.",
                    next: "after",
                },
                Choice {
                    id: "push-block",
                    act: Do,
                    text: "Don't reply. Block this number too, and tell someone you trust that Tee is texting.",
                    rating: Strong,
                    uses: &[PlanAhead, ReachOut],
                    misses: &[],
                    feedback: "You already said no; you don't owe Tee another answer. Blocking is planning ahead, and telling someone means you're not alone with it.",
                    next: "after",
                },
                Choice {
                    id: "push-plead",
                    act: Say,
                    text: "Please, I'm trying really hard right now, you have to understand.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "Tee doesn't need your reasons and may not respect them. Explaining gives Tee a way to keep the talk going. A short no is enough.",
                    next: "last",
                },
            ],
            discussion_prompt: "Why do dealers keep texting after a no, and what makes a reply work or not work?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Tee (text)",
            line: "Money's no problem, you can pay me later. I'm close by. 5 min.",
            narration: Some("That evening, another text."),
            choices: &[
                Choice {
                    id: "again-think",
                    act: Say,
                    text: "Let me think about it.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, NoExcuses],
                    feedback: "\"Let me think\" is a \"maybe later\": it tells Tee to keep trying, and gives the craving time to grow. A clear no ends the chat.",
                    next: "last",
                },
                Choice {
                    id: "again-no",
                    act: Say,
                    text: "No. I'm not buying. Don't come here.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses, AskToStop],
                    misses: &[],
                    feedback: "No excuse this time, just no, plus a clear request. It closes the door the money excuse opened.",
                    next: "after",
                },
                Choice {
                    id: "again-call",
                    act: Do,
                    text: "Block Tee, then call your counselor's line or a friend in recovery.",
                    rating: Strong,
                    uses: &[PlanAhead, ReachOut],
                    misses: &[],
                    feedback: "Blocking the number is planning ahead, and reaching out brings support right away. You don't have to fight this one alone.",
                    next: "after",
                },
            ],
            discussion_prompt: "Which of your excuses could a dealer solve, and what could you say instead?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "The urge",
            line: "It's right there. One text and it's here in five minutes. Just this once.",
            narration: Some("It's late. You can't stop thinking about the texts, and you find yourself holding the phone."),
            choices: &[
                Choice {
                    id: "last-call",
                    act: Do,
                    text: "Call someone from your support list right now and tell them about the texts.",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out is one of the strongest things you can do with an urge. Saying it out loud takes away some of its power.",
                    next: "after",
                },
                Choice {
                    id: "last-scroll",
                    act: Do,
                    text: "Keep reading the old messages to remind yourself why you quit.",
                    rating: Partly,
                    uses: &[],
                    misses: &[LeaveSituation, ReachOut],
                    feedback: "Your reason is good, but rereading the thread keeps the craving fed. Put the phone away, get out of the room, or call someone instead.",
                    next: "close",
                },
                Choice {
                    id: "last-walk",
                    act: Do,
                    text: "Put the phone in a drawer, put on your shoes, and go for a walk somewhere busy.",
                    rating: Strong,
                    uses: &[LeaveSituation, PlanAhead],
                    misses: &[],
                    feedback: "You left the situation: right now, the phone is the situation. Urges rise and fall, and a planned walk helps you wait it out.",
                    next: "after",
                },
                Choice {
                    id: "last-type",
                    act: Do,
                    text: "Type \"ok\" to Tee, but don't send it yet.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, ReachOut],
                    feedback: "A typed yes is one tap from a real one. It is not too late to say no: delete it, and reach out to someone.",
                    next: "close",
                },
            ],
            discussion_prompt: "What can you do when the phone itself becomes the trigger?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Tee (text)",
            line: "You up? I'm outside.",
            narration: Some("A new text comes in while you're still holding the phone."),
            choices: &[
                Choice {
                    id: "close-no",
                    act: Do,
                    text: "Send \"No. Leave.\" Lock the door and call a friend to stay on the phone with you.",
                    rating: Strong,
                    uses: &[SayNoFirst, ReachOut],
                    misses: &[],
                    feedback: "A two-word no is enough. Calling a friend to stay on the phone helps you hold it until Tee is gone.",
                    next: "end-close",
                },
                Choice {
                    id: "close-sponsor",
                    act: Do,
                    text: "Don't open the door. Call your sponsor or a support line and say: \"My dealer is outside.\"",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out right at the edge is brave and smart. You don't have to answer Tee at all.",
                    next: "end-close",
                },
                Choice {
                    id: "close-neighbor",
                    act: Do,
                    text: "Go out the back to a neighbor's or a friend's place until Tee is gone.",
                    rating: Strong,
                    uses: &[LeaveSituation],
                    misses: &[],
                    feedback: "Leaving is a skill, not running away. Putting distance between you and the offer works.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "Where could you go, and who could you call, if the offer shows up at your door?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "Your counselor",
            line: "How was your weekend?",
            narration: Some("Monday morning, at your program."),
            choices: &[
                Choice {
                    id: "after-tell",
                    act: Say,
                    text: "My old dealer texted me a lot. I said no, but it was hard. Can we make a plan?",
                    rating: Strong,
                    uses: &[ReachOut, PlanAhead],
                    misses: &[],
                    feedback: "Telling your counselor is reaching out, and asking for a plan is planning ahead. Dealers often try again; now you'll be ready.",
                    next: "end",
                },
                Choice {
                    id: "after-number",
                    act: Do,
                    text: "Change your number, and give the new one only to safe people.",
                    rating: Strong,
                    uses: &[PlanAhead],
                    misses: &[],
                    feedback: "Planning ahead to avoid the high-risk contact. Fewer offers means fewer hard moments.",
                    next: "end",
                },
                Choice {
                    id: "after-list",
                    act: Do,
                    text: "Add two more names to your call list for nights like that.",
                    rating: Strong,
                    uses: &[PlanAhead, ReachOut],
                    misses: &[],
                    feedback: "Planning ahead: more names on your list means someone is always there to reach out to.",
                    next: "end",
                },
            ],
            discussion_prompt: "What would you want on your phone, and off it, to protect your recovery?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "A text from a dealer can stir up strong cravings in seconds. You said no and kept going. Blocking numbers, changing your number, and telling your counselor all make the next text easier to handle.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "It got very close: Tee was outside. You still didn't open the door to it. That matters. Please tell your counselor about this weekend, so you can plan together for the next time Tee reaches out.",
        }),
    ],
};

const ALONE_AFTER_STRESS: Scenario = Scenario {
    id: "alone-after-stress",
    title: "Alone after a stressful day",
    setting: Setting::Phone,
    substances: &[Substance::Alcohol, Substance::PrescriptionPills],
    pressure: Pressure::Direct,
    intro: "Today was a mess: a bill you can't pay, and a fight with your boss. Now you're home alone and it's very quiet. Your phone rings. It's your friend Lena.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Lena (on the phone)",
            line: "You sound awful. I've got wine and some of my sleeping pills. Want me to bring them over? You'll feel so much better.",
            narration: None,
            choices: &[
                Choice {
                    id: "offer-tea",
                    act: Say,
                    text: "No to the wine and the pills. But I'd love company. Could you come over for tea?",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative],
                    misses: &[],
                    feedback: "You said no first and suggested something else. Company is what you really need tonight, and you asked for it.",
                    next: "push",
                },
                Choice {
                    id: "offer-bed",
                    act: Say,
                    text: "I think I'll just go to bed early.",
                    rating: Partly,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "It is a soft no, and Lena didn't hear a no at all. She may just show up. Being alone and stressed is also a high-risk time.",
                    next: "again",
                },
                Choice {
                    id: "offer-yes",
                    act: Say,
                    text: "Honestly? Yes. Today was awful.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, ReachOut],
                    feedback: "Your day really was awful. But wine and pills together can slow your breathing, and undo a lot of work. Say no, and reach out for support instead.",
                    next: "again",
                },
                Choice {
                    id: "offer-no",
                    act: Say,
                    text: "No thanks, Lena. I'm not drinking or taking anything.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "A clear no with no excuse. Lena knows exactly where you stand.",
                    next: "push",
                },
            ],
            discussion_prompt: "Why can being alone after a bad day make an offer harder to turn down?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Lena (on the phone)",
            line: "Just one pill, they're mild. You need sleep. I'm only trying to help.",
            narration: None,
            choices: &[
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "I know you're trying to help. My answer is still no. Tea and a talk would help more.",
                    rating: Strong,
                    uses: &[BrokenRecord, NoGuilt, SuggestAlternative],
                    misses: &[],
                    feedback: "The broken record, with kindness and no guilt. You thank her for caring, keep the same no, and suggest something else that would help.",
                    next: "after",
                },
                Choice {
                    id: "push-sleep",
                    act: Say,
                    text: "I mean... I really do need sleep.",
                    rating: Partly,
                    uses: &[],
                    misses: &[SayNoFirst, NoExcuses],
                    feedback: "Agreeing you need sleep turns it into an excuse to take the pill. Your need is real, but someone else's pills are not the answer. Say no first, then ask for another kind of help.",
                    next: "last",
                },
                Choice {
                    id: "push-stop",
                    act: Say,
                    text: "Lena, please stop offering. Pills that aren't mine are a no for me.",
                    rating: Strong,
                    uses: &[AskToStop, SayNoFirst],
                    misses: &[],
                    feedback: "A clear no, and asking her to stop is fair. It also tells Lena how she can really help you.",
                    next: "after",
                },
            ],
            discussion_prompt: "How do you say no to someone who is offering because they care?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Lena",
            line: "I brought it all anyway. You don't have to take anything, but it's here if you want it.",
            narration: Some("Twenty minutes later, there's a knock. Lena is at the door with a bag."),
            choices: &[
                Choice {
                    id: "again-walk",
                    act: Say,
                    text: "No thanks to the bag. Let's go for a walk instead.",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative],
                    misses: &[],
                    feedback: "You said no and suggested something else, out of the house and away from the bag.",
                    next: "after",
                },
                Choice {
                    id: "again-in",
                    act: Do,
                    text: "Let her in and put the bag on the kitchen table.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "With the bag in your kitchen, the offer is in the room all night. A plan to say no at the door is much easier than saying it later.",
                    next: "last",
                },
                Choice {
                    id: "again-car",
                    act: Say,
                    text: "Thanks for coming. The bag stays in your car, please. Then come in.",
                    rating: Strong,
                    uses: &[AskToStop, PlanAhead],
                    misses: &[],
                    feedback: "You ask her to keep the bag in the car: you keep your friend and keep the offer out of your home. Setting that rule at the door is planning ahead.",
                    next: "after",
                },
            ],
            discussion_prompt: "What could you say at the door when someone brings what you're trying to avoid?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Lena",
            line: "Here. One for you. You'll sleep like a baby.",
            narration: Some("Later, Lena is on your couch. She pours herself a glass of wine and holds out a pill to you."),
            choices: &[
                Choice {
                    id: "last-steady",
                    act: Do,
                    text: "Look at her and say, in a steady voice: \"No. Please put them away.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "A steady voice and eye contact, a clear no, and a clear request. Lena can see you mean it.",
                    next: "after",
                },
                Choice {
                    id: "last-half",
                    act: Say,
                    text: "Maybe half of one.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "Half a pill is still a yes, and mixing pills with wine is dangerous. It is not too late to say no.",
                    next: "close",
                },
                Choice {
                    id: "last-tired",
                    act: Say,
                    text: "Not yet. I'm too wound up right now.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "\"Not yet\" tells Lena to ask again in an hour. No excuses: a plain no ends it.",
                    next: "close",
                },
                Choice {
                    id: "last-night",
                    act: Say,
                    text: "No thanks. I need to be on my own now. Can we talk tomorrow?",
                    rating: Strong,
                    uses: &[SayNoFirst, LeaveSituation],
                    misses: &[],
                    feedback: "You said no and ended the situation: when you can't leave your own home, you can ask the offer to leave.",
                    next: "after",
                },
            ],
            discussion_prompt: "How can you end a visit kindly when it has become risky for you?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Lena",
            line: "Go on. It's just to help you sleep.",
            narration: Some("The pill is in your hand now."),
            choices: &[
                Choice {
                    id: "close-back",
                    act: Do,
                    text: "Hand it back and say: \"No. I'm not taking it.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, BrokenRecord],
                    misses: &[],
                    feedback: "It is never too late to say no again. Giving it back makes the choice real.",
                    next: "end-close",
                },
                Choice {
                    id: "close-text",
                    act: Do,
                    text: "Put it down, go to the bathroom, and text your sponsor: \"Need help. Call me.\"",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Stepping away and reaching out work well together. A few minutes and a voice can get you past the urge.",
                    next: "end-close",
                },
                Choice {
                    id: "close-home",
                    act: Say,
                    text: "Lena, I'm not taking this. I need you to take it all home with you.",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "A clear no and a clear request. Getting the pills and the wine out of your home protects the rest of your night.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "What would you want a friend to do if you asked them to take the pills away?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "The urge",
            line: "You could still call Lena back. Just to sleep.",
            narration: Some("It's quiet again. The stress is still there, but it feels a little smaller."),
            choices: &[
                Choice {
                    id: "after-call",
                    act: Do,
                    text: "Call a friend from group and talk about the day.",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out helps the stress come out in words, not pills.",
                    next: "end",
                },
                Choice {
                    id: "after-tomorrow",
                    act: Do,
                    text: "Write a small plan for tomorrow: one call about the bill, one talk with your boss.",
                    rating: Strong,
                    uses: &[PlanAhead],
                    misses: &[],
                    feedback: "Planning ahead makes the problems feel smaller, so they stop spinning in your head at night.",
                    next: "end",
                },
                Choice {
                    id: "after-sleep",
                    act: Do,
                    text: "Eat something, drink some water, and try something that helps you sleep without pills: a shower, music, a book.",
                    rating: Strong,
                    uses: &[SuggestAlternative, PlanAhead],
                    misses: &[],
                    feedback: "Being hungry and tired makes urges louder. Taking care of your body is something else to reach for tonight, and a good plan for every hard night.",
                    next: "end",
                },
            ],
            discussion_prompt: "What helps you sleep after a stressful day, without alcohol or pills?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "Stress, being alone, and an easy offer are a risky mix, and you got through it. Pills that are not prescribed to you, especially with alcohol, are never a safe way to sleep. If sleep is a struggle, ask the clinic about it.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "The pill was in your hand and you still said no. That is the skill working at the hardest moment. Tell someone in your program about tonight, and think about who you could call on the next bad day, before anyone offers.",
        }),
    ],
};

const PAIN_PILLS: Scenario = Scenario {
    id: "pain-pills",
    title: "Your aunt's pain pills",
    setting: Setting::Family,
    substances: &[Substance::PrescriptionPills, Substance::Opioids],
    pressure: Pressure::Direct,
    intro: "You hurt your back moving boxes. At Sunday lunch, your aunt Rosa sees you wince. She had surgery last year and still has pain pills left over.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Aunt Rosa",
            line: "Here, honey. Take two of these. They worked wonders after my surgery.",
            narration: Some("Aunt Rosa digs in her purse and holds out a pill bottle."),
            choices: &[
                Choice {
                    id: "offer-what",
                    act: Say,
                    text: "Oh, uh... what are they?",
                    rating: Partly,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "Asking about the pills keeps the offer open and can make them sound more tempting. Say no first; you can ask your own doctor about pain.",
                    next: "again",
                },
                Choice {
                    id: "offer-no",
                    act: Say,
                    text: "No thanks, Aunt Rosa. I don't take pills that aren't mine. I'll ask my doctor about my back.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses, SuggestAlternative],
                    misses: &[],
                    feedback: "A clear no, no excuse, and another way to get help: your own doctor. Your pain deserves real care.",
                    next: "push",
                },
                Choice {
                    id: "offer-later",
                    act: Say,
                    text: "Maybe I'll take a couple for later.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, NoExcuses],
                    feedback: "\"For later\" is not a no: pills for later are pills in your home, and that is a big risk. Opioid pain pills can restart the old cycle, even when they come from family.",
                    next: "again",
                },
            ],
            discussion_prompt: "Why can an offer from a caring relative be harder to turn down than one from a dealer?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Aunt Rosa",
            line: "They're from a real doctor, they're safe! Don't be stubborn, you're in pain.",
            narration: None,
            choices: &[
                Choice {
                    id: "push-sorry",
                    act: Say,
                    text: "Sorry, I know you're just trying to help. I feel bad saying no...",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoGuilt, BrokenRecord],
                    feedback: "You don't need to feel bad: no guilt is needed for protecting your health. When you sound unsure, Rosa hears a maybe. Repeating your no calmly works better.",
                    next: "last",
                },
                Choice {
                    id: "push-steady",
                    act: Do,
                    text: "Take her hand, look at her, and say calmly: \"Thank you. No. Please put them away.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "A warm, steady voice and eye contact, a clear no, and a request to stop. Rosa can see you mean it and that you love her.",
                    next: "after",
                },
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "I know you care. It's still no. I'll call my doctor tomorrow.",
                    rating: Strong,
                    uses: &[BrokenRecord, NoGuilt],
                    misses: &[],
                    feedback: "The broken record, said kindly and with no guilt. You don't have to win the argument about whether the pills are safe; your answer is enough.",
                    next: "after",
                },
            ],
            discussion_prompt: "What could you say when someone tells you pills from a doctor must be safe?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Aunt Rosa",
            line: "Just keep them, in case. You don't have to use them.",
            narration: Some("Rosa presses a little bag of pills into your hand."),
            choices: &[
                Choice {
                    id: "again-back",
                    act: Do,
                    text: "Put the bag back in her hand and say: \"No thanks. I don't want them in my house.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, PlanAhead],
                    misses: &[],
                    feedback: "You said no and kept the pills out of your home. Not having them around is planning ahead.",
                    next: "after",
                },
                Choice {
                    id: "again-pie",
                    act: Say,
                    text: "Hey, is there more of that pie?",
                    rating: Partly,
                    uses: &[ChangeSubject],
                    misses: &[SayNoFirst],
                    feedback: "Changing the subject works best after a clear no. Without it, the pills are still in your hand.",
                    next: "last",
                },
                Choice {
                    id: "again-honest",
                    act: Say,
                    text: "Aunt Rosa, I'm in treatment. Pills like these are a real risk for me. Please keep them.",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "Sharing your recovery is your choice. Here it helps Rosa understand, and you said no by asking her clearly to keep them.",
                    next: "after",
                },
                Choice {
                    id: "again-pocket",
                    act: Do,
                    text: "Put them in your pocket to keep the peace.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "Keeping the peace matters, but now the pills go home with you, and that was never the plan. It is not too late to say no and hand them back.",
                    next: "last",
                },
            ],
            discussion_prompt: "Is it okay to tell family you're in treatment? What would you want them to know?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Cousin Nate",
            line: "Just take one, it's not a big deal. I take them all the time for my knee.",
            narration: Some("Now the whole table is talking about your back, and your cousin joins in."),
            choices: &[
                Choice {
                    id: "last-one",
                    act: Say,
                    text: "Fine, one. My back really does hurt.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "Your pain is real. But for someone in recovery, one opioid pill can be a big step back. The story isn't over: you can still say no.",
                    next: "close",
                },
                Choice {
                    id: "last-game",
                    act: Say,
                    text: "No thanks. I'm handling my back with my doctor. Who wants to watch the game?",
                    rating: Strong,
                    uses: &[SayNoFirst, ChangeSubject],
                    misses: &[],
                    feedback: "A clear no, then you change the subject. The table moves on, and so do you.",
                    next: "after",
                },
                Choice {
                    id: "last-angry",
                    act: Say,
                    text: "You don't get it! You don't know what those did to me!",
                    rating: Partly,
                    uses: &[],
                    misses: &[SteadyVoice],
                    feedback: "It's honest, and it's okay to be upset. But in a heated moment, people push back. A calm, steady no keeps you in charge.",
                    next: "close",
                },
                Choice {
                    id: "last-home",
                    act: Say,
                    text: "I'm going to head home and rest. Thanks for lunch, everyone.",
                    rating: Strong,
                    uses: &[LeaveSituation, NoGuilt],
                    misses: &[],
                    feedback: "Leaving is a skill, and you do it kindly, without guilt. The pills stay at the table.",
                    next: "after",
                },
            ],
            discussion_prompt: "What makes \"everybody takes them\" so convincing, and what is true for you?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Aunt Rosa",
            line: "Go on, honey. It'll help.",
            narration: Some("A pill sits on the napkin in front of you. Your back aches."),
            choices: &[
                Choice {
                    id: "close-napkin",
                    act: Do,
                    text: "Fold the pill into the napkin, hand it back to Rosa, and say: \"No thanks.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, NoGuilt],
                    misses: &[],
                    feedback: "It is never too late to say no. Handing it back is kind and clear, and there is nothing to feel guilty about.",
                    next: "end-close",
                },
                Choice {
                    id: "close-call",
                    act: Do,
                    text: "Step outside and call your counselor or sponsor: \"I'm being offered pain pills and I'm hurting.\"",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Stepping away and reaching out gives you support when pain and an offer come together.",
                    next: "end-close",
                },
                Choice {
                    id: "close-doctor",
                    act: Say,
                    text: "No. I'm going to call my doctor's after-hours line about my back.",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative],
                    misses: &[],
                    feedback: "You said no and chose another way to deal with the pain. That is caring for your body and your recovery.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "Where could you get help with pain that is safe for your recovery?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "The urge",
            line: "Rosa would give you more. One call.",
            narration: Some("At home that evening, your back still hurts."),
            choices: &[
                Choice {
                    id: "after-doctor",
                    act: Do,
                    text: "Call your doctor and say you're in recovery, so they can treat your pain safely.",
                    rating: Strong,
                    uses: &[ReachOut, PlanAhead],
                    misses: &[],
                    feedback: "Telling your doctor about your recovery lets them plan pain care that is safe for you.",
                    next: "end",
                },
                Choice {
                    id: "after-care",
                    act: Do,
                    text: "Try what your doctor has said is okay for your back, like a heat pack and rest.",
                    rating: Strong,
                    uses: &[SuggestAlternative],
                    misses: &[],
                    feedback: "Choosing something else for the pain answers the urge without pills.",
                    next: "end",
                },
                Choice {
                    id: "after-counselor",
                    act: Do,
                    text: "Write yourself a note to tell your counselor about the pills at your next session.",
                    rating: Strong,
                    uses: &[ReachOut, PlanAhead],
                    misses: &[],
                    feedback: "Reaching out afterwards helps you plan for the next family lunch, and for the next time pain flares up.",
                    next: "end",
                },
            ],
            discussion_prompt: "Who on your care team should know that you're in recovery?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "Pain is real and deserves care. Saying no to someone else's pills, even from family who love you, protects your recovery. Tell every doctor and dentist that you are in recovery, so they can treat your pain safely.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "Pain and a caring offer pulled hard, and you still turned the pill down. That is real strength. Talk with your counselor and your doctor about safe pain care, so the next time you hurt you have a plan.",
        }),
    ],
};

const CONCERT: Scenario = Scenario {
    id: "concert",
    title: "At the concert",
    setting: Setting::Event,
    substances: &[Substance::Alcohol, Substance::Cannabis, Substance::Stimulants],
    pressure: Pressure::Direct,
    intro: "You've waited months to see this band. The crowd is packed and happy. Your friend Tasha came with you; she knows you're not using. The guy next to you does not.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Guy in the crowd",
            line: "Hey! Want some? Best night ever, right?",
            narration: Some("Between songs, the guy next to you holds out a vape pen and a beer."),
            choices: &[
                Choice {
                    id: "offer-shrug",
                    act: Do,
                    text: "Smile, shrug, and say nothing.",
                    rating: Partly,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "A shrug can look like \"maybe\" or \"ask me again\". Say no first: a few clear words work even in a loud crowd.",
                    next: "again",
                },
                Choice {
                    id: "offer-no",
                    act: Do,
                    text: "Shake your head and say: \"No thanks, I'm good.\" Then turn back to the stage.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "Short and clear, with no excuse. Turning back to the stage shows the talk is over.",
                    next: "push",
                },
                Choice {
                    id: "offer-later",
                    act: Say,
                    text: "Maybe after this song!",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, NoExcuses],
                    feedback: "\"Maybe after this song\" is not a no: it sets a time for the next offer. He will remember, even if you hoped he wouldn't.",
                    next: "again",
                },
            ],
            discussion_prompt: "How can you say no clearly when it's loud and everyone is having fun?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Guy in the crowd",
            line: "Come on, it's a concert! Loosen up. I've got some other stuff too if you want a real kick.",
            narration: Some("He leans in closer."),
            choices: &[
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "No thanks. I'm good.",
                    rating: Strong,
                    uses: &[BrokenRecord, NoExcuses],
                    misses: &[],
                    feedback: "The broken record: the very same words, calmly. A stranger has even less reason to hear more than that.",
                    next: "after",
                },
                Choice {
                    id: "push-work",
                    act: Say,
                    text: "Ha, I wish, but I've got work tomorrow.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "\"I wish\" and an excuse sound like you'd say yes on another night. He may try to talk you past the excuse. A plain no needs no reason.",
                    next: "last",
                },
                Choice {
                    id: "push-move",
                    act: Do,
                    text: "Tell Tasha, \"Let's move closer to the stage,\" and go.",
                    rating: Strong,
                    uses: &[LeaveSituation, SuggestAlternative],
                    misses: &[],
                    feedback: "You left the spot and suggested something better. Moving is a simple way to leave the situation in a crowd.",
                    next: "after",
                },
            ],
            discussion_prompt: "When is it better to just move away than to keep saying no?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Guy in the crowd",
            line: "Song's over! Here, take it.",
            narration: Some("When the song ends, he taps your shoulder."),
            choices: &[
                Choice {
                    id: "again-no",
                    act: Say,
                    text: "No thanks. I'm not using tonight.",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "Now it's a clear no, with no excuse. It closes the door the first answer left open.",
                    next: "after",
                },
                Choice {
                    id: "again-take",
                    act: Do,
                    text: "Take the vape pen to be polite.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, NoGuilt],
                    feedback: "You don't owe a stranger politeness about drugs. No guilt is needed for saying no, and once it's in your hand it is much harder.",
                    next: "last",
                },
                Choice {
                    id: "again-steady",
                    act: Do,
                    text: "Look right at him and say, in a steady voice: \"No. Please stop offering.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, AskToStop],
                    misses: &[],
                    feedback: "A steady voice and eye contact, even in a crowd, plus a clear request to stop. Most people back off.",
                    next: "after",
                },
            ],
            discussion_prompt: "Why might being polite to a stranger feel so important in the moment?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Someone in the circle",
            line: "Everybody's taking one. It makes the music better, trust me.",
            narration: Some("At the break, Tasha goes to get water. A group near you is passing drinks and pills around, and they pull you into their circle."),
            choices: &[
                Choice {
                    id: "last-friend",
                    act: Say,
                    text: "No thanks, I'm going to find my friend. Enjoy the show!",
                    rating: Strong,
                    uses: &[SayNoFirst, LeaveSituation],
                    misses: &[],
                    feedback: "A quick no and a friendly exit. You leave the circle without any drama.",
                    next: "after",
                },
                Choice {
                    id: "last-stay",
                    act: Do,
                    text: "Stay in the circle and just pass things along.",
                    rating: Partly,
                    uses: &[],
                    misses: &[LeaveSituation],
                    feedback: "You're not taking anything, but every round is a new offer. Leaving the circle is easier than saying no ten times.",
                    next: "close",
                },
                Choice {
                    id: "last-tasha",
                    act: Do,
                    text: "Say \"Not for me,\" and text Tasha: \"Meet me at the water stand.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, ReachOut],
                    misses: &[],
                    feedback: "You said no and reached out to your friend. Having someone on your side makes the rest of the night easier.",
                    next: "after",
                },
                Choice {
                    id: "last-one",
                    act: Say,
                    text: "Okay, one. Why not? It's a special night.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, PlanAhead],
                    feedback: "Special nights are when a plan matters most. Pills from strangers can also contain anything, even fentanyl. The story isn't over: you can still say no and hand it back.",
                    next: "close",
                },
            ],
            discussion_prompt: "What plan could you make before a concert or game, so you know what to do when this happens?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Someone in the circle",
            line: "Quick, before the next song!",
            narration: Some("Someone presses a pill into your palm. The lights go down and the crowd roars."),
            choices: &[
                Choice {
                    id: "close-back",
                    act: Do,
                    text: "Hand it back, say \"No, I'm out,\" and go find Tasha.",
                    rating: Strong,
                    uses: &[SayNoFirst, LeaveSituation],
                    misses: &[],
                    feedback: "It is never too late to say no. You gave it back and left the circle.",
                    next: "end-close",
                },
                Choice {
                    id: "close-water",
                    act: Do,
                    text: "Give it back, walk to the water stand, and tell Tasha what just happened.",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Leaving and reaching out together. Telling Tasha means you're not alone with it for the rest of the night.",
                    next: "end-close",
                },
                Choice {
                    id: "close-exit",
                    act: Do,
                    text: "Give it back, text Tasha that you're done for the night, and head for the exit.",
                    rating: Strong,
                    uses: &[LeaveSituation, PlanAhead],
                    misses: &[],
                    feedback: "Knowing when the night is over is planning ahead. The show was great, and you're leaving on your terms.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "How do you decide when it's time to leave an event you were looking forward to?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "Tasha",
            line: "Some people are going to an after-party. Want to go?",
            narration: Some("The show is over. Tasha is still buzzing about the encore."),
            choices: &[
                Choice {
                    id: "after-tacos",
                    act: Say,
                    text: "I'm going to skip it. Want to get tacos instead?",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative],
                    misses: &[],
                    feedback: "You said no and suggested something else to do together. The night ends on a good note.",
                    next: "end",
                },
                Choice {
                    id: "after-plan",
                    act: Say,
                    text: "Not tonight. Thanks for having my back in there. Next show, let's plan a meeting spot again.",
                    rating: Strong,
                    uses: &[PlanAhead, NoGuilt],
                    misses: &[],
                    feedback: "No guilt, a thank-you, and a plan for next time. Good friends make good plans easier.",
                    next: "end",
                },
                Choice {
                    id: "after-call",
                    act: Say,
                    text: "I'm going home. Can I call you tomorrow? That circle shook me a little.",
                    rating: Strong,
                    uses: &[ReachOut],
                    misses: &[],
                    feedback: "Reaching out and naming what was hard helps it settle. Tasha can help you make sense of the night.",
                    next: "end",
                },
            ],
            discussion_prompt: "Who would you bring to a concert or game to have your back?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "You enjoyed the show and stayed sober, with offers coming from strangers and a crowd. Concerts and games are easier with a plan and a friend who knows. You had both.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "A pill in your hand in a dark crowd is a hard moment, and you handed it back. That is real skill. Next time, plan where to meet your friend and when to leave, so the circle never gets that close.",
        }),
    ],
};

const JUST_ONE: Scenario = Scenario {
    id: "just-one",
    title: "\"Just one won't hurt\"",
    setting: Setting::Friends,
    substances: &[Substance::Alcohol],
    pressure: Pressure::Direct,
    intro: "Your friend Sam is taking you to dinner to celebrate your new job. Sam knows you stopped drinking and is proud of you. The server comes over to take drink orders.",
    start: "offer",
    nodes: &[
        Node::Decision(Decision {
            id: "offer",
            speaker: "Sam",
            line: "You've been doing so well. Surely you can have just one to celebrate? One won't hurt.",
            narration: Some("Sam orders a glass of wine, then smiles at you."),
            choices: &[
                Choice {
                    id: "offer-lemonade",
                    act: Say,
                    text: "Thank you, that means a lot. But no. I'll have a lemonade.",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative, NoGuilt],
                    misses: &[],
                    feedback: "You thanked Sam for the kind words, said no anyway with no guilt, and ordered something else. Kindness and a clear no go well together.",
                    next: "push",
                },
                Choice {
                    id: "offer-dessert",
                    act: Say,
                    text: "Hmm, maybe with dessert.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "\"Maybe with dessert\" is not a no: it books the next offer. Sam will remember when the dessert menu comes.",
                    next: "again",
                },
                Choice {
                    id: "offer-steady",
                    act: Do,
                    text: "Look at Sam and say calmly: \"Not even one. That's how it works for me.\"",
                    rating: Strong,
                    uses: &[SteadyVoice, SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "A steady voice, eye contact, and no excuse. \"Just one\" is often how the old pattern starts, and you named that plainly.",
                    next: "push",
                },
                Choice {
                    id: "offer-earned",
                    act: Say,
                    text: "You're right. I've earned it. Just one.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst],
                    feedback: "You have earned something: a celebration. It doesn't have to include the drink. The story isn't over; you can still say no.",
                    next: "again",
                },
            ],
            discussion_prompt: "Why can \"just one\" from someone who means well be so hard to turn down?",
        }),
        Node::Decision(Decision {
            id: "push",
            speaker: "Sam",
            line: "Really? You were never that bad. I think you're being too hard on yourself.",
            narration: None,
            choices: &[
                Choice {
                    id: "push-repeat",
                    act: Say,
                    text: "I know you mean well. My answer is still no.",
                    rating: Strong,
                    uses: &[BrokenRecord, NoGuilt],
                    misses: &[],
                    feedback: "The broken record, said kindly and without guilt. You don't have to prove how bad it was to keep your no.",
                    next: "after",
                },
                Choice {
                    id: "push-prove",
                    act: Say,
                    text: "I was that bad, though. Let me tell you about the worst night...",
                    rating: Partly,
                    uses: &[],
                    misses: &[ChangeSubject, NoExcuses],
                    feedback: "You don't owe anyone a reason or proof. Going over old drinking stories can stir up cravings. A short no and a new topic work better.",
                    next: "last",
                },
                Choice {
                    id: "push-trip",
                    act: Say,
                    text: "Sam, I need you to trust me on this and not ask again. So, tell me about your trip!",
                    rating: Strong,
                    uses: &[AskToStop, ChangeSubject],
                    misses: &[],
                    feedback: "You asked Sam to stop offering, then changed the subject to something fun. The dinner is about you two again.",
                    next: "after",
                },
            ],
            discussion_prompt: "What would you say to someone who thinks you \"were never that bad\"?",
        }),
        Node::Decision(Decision {
            id: "again",
            speaker: "Sam",
            line: "Here's your moment! One small glass for the new job?",
            narration: Some("Dessert arrives, and the server asks if anyone wants a glass of dessert wine."),
            choices: &[
                Choice {
                    id: "again-coffee",
                    act: Say,
                    text: "No thanks. Coffee for me.",
                    rating: Strong,
                    uses: &[SayNoFirst, SuggestAlternative, NoExcuses],
                    misses: &[],
                    feedback: "A clear no, no excuse, and an order for something else. It's short, and it works.",
                    next: "after",
                },
                Choice {
                    id: "again-think",
                    act: Say,
                    text: "I'll think about it.",
                    rating: Partly,
                    uses: &[],
                    misses: &[NoExcuses, SayNoFirst],
                    feedback: "\"I'll think about it\" is a \"maybe later\": it tells Sam and the server to come back. A clear no saves you the next round.",
                    next: "last",
                },
                Choice {
                    id: "again-stop",
                    act: Say,
                    text: "No. Sam, please stop offering. It makes this harder for me.",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "A clear no, and asking Sam to stop is fair. Saying it makes things harder helps them understand.",
                    next: "after",
                },
            ],
            discussion_prompt: "How can you celebrate a big moment in a way that feels special without alcohol?",
        }),
        Node::Decision(Decision {
            id: "last",
            speaker: "Sam",
            line: "I got you one. If you don't want it, fine, but it's there. It's a celebration!",
            narration: Some("Sam orders two glasses anyway and slides one across the table to you."),
            choices: &[
                Choice {
                    id: "last-slide",
                    act: Do,
                    text: "Slide it back and say: \"I don't want it. Please ask the server to take it.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, AskToStop],
                    misses: &[],
                    feedback: "A clear no and a clear request. With the glass gone, the rest of the dinner is easier.",
                    next: "after",
                },
                Choice {
                    id: "last-sip",
                    act: Say,
                    text: "One sip, to be polite.",
                    rating: Risky,
                    uses: &[],
                    misses: &[SayNoFirst, NoGuilt],
                    feedback: "You don't owe anyone a sip to be polite. No guilt is needed for saying no to a gift like this. You can still put the glass down.",
                    next: "close",
                },
                Choice {
                    id: "last-leave",
                    act: Say,
                    text: "Thanks for dinner, Sam. I'm going to head home now.",
                    rating: Strong,
                    uses: &[LeaveSituation, NoGuilt],
                    misses: &[],
                    feedback: "Leaving early is okay, and you can do it kindly, without guilt. Your recovery comes first.",
                    next: "after",
                },
                Choice {
                    id: "last-there",
                    act: Do,
                    text: "Leave the glass where it is and try to ignore it.",
                    rating: Partly,
                    uses: &[],
                    misses: &[SayNoFirst, AskToStop],
                    feedback: "Ignoring it is hard when it sits in front of you for an hour. Saying no and asking for it to be taken away works better.",
                    next: "close",
                },
            ],
            discussion_prompt: "What can you do when someone orders you a drink anyway?",
        }),
        Node::Decision(Decision {
            id: "close",
            speaker: "Sam",
            line: "To your new job!",
            narration: Some("The glass is right in front of you. Sam raises theirs."),
            choices: &[
                Choice {
                    id: "close-water",
                    act: Do,
                    text: "Raise your water glass instead: \"To my new job, sober!\"",
                    rating: Strong,
                    uses: &[SuggestAlternative, NoGuilt],
                    misses: &[],
                    feedback: "You toast with something else, on your own terms, and with no guilt. The wine stays on the table.",
                    next: "end-close",
                },
                Choice {
                    id: "close-server",
                    act: Do,
                    text: "Wave the server over: \"Could you take this one away, please? I'm not drinking.\"",
                    rating: Strong,
                    uses: &[SayNoFirst, NoExcuses],
                    misses: &[],
                    feedback: "It is never too late to say no, with no excuse needed, and having the glass taken away removes the trigger.",
                    next: "end-close",
                },
                Choice {
                    id: "close-restroom",
                    act: Do,
                    text: "Excuse yourself to the restroom and text someone from your group.",
                    rating: Strong,
                    uses: &[LeaveSituation, ReachOut],
                    misses: &[],
                    feedback: "Stepping away for a few minutes and reaching out to someone who gets it can reset the whole evening.",
                    next: "end-close",
                },
            ],
            discussion_prompt: "What could a toast look like for you now?",
        }),
        Node::Decision(Decision {
            id: "after",
            speaker: "Sam",
            line: "I'm sorry. I didn't get it. Are you mad at me?",
            narration: Some("Walking to the car, Sam looks upset."),
            choices: &[
                Choice {
                    id: "after-next",
                    act: Say,
                    text: "I'm not mad. Next time, could you just not order me a drink? That's the best help.",
                    rating: Strong,
                    uses: &[AskToStop, PlanAhead],
                    misses: &[],
                    feedback: "You ask Sam for exactly what helps next time. That is planning ahead, together.",
                    next: "end",
                },
                Choice {
                    id: "after-family",
                    act: Say,
                    text: "I'm not mad. Thanks for celebrating with me. Want to come to a family night at my program?",
                    rating: Strong,
                    uses: &[SuggestAlternative, ReachOut],
                    misses: &[],
                    feedback: "You invite Sam into your support instead of away from it. People who mean well often just need to learn how.",
                    next: "end",
                },
                Choice {
                    id: "after-sponsor",
                    act: Do,
                    text: "Hug Sam, then call your sponsor on the way home to talk it through.",
                    rating: Strong,
                    uses: &[ReachOut, NoGuilt],
                    misses: &[],
                    feedback: "No guilt toward Sam, and support for you afterwards. Even a good night can stir things up.",
                    next: "end",
                },
            ],
            discussion_prompt: "How could you help the people who care about you understand what helps and what doesn't?",
        }),
        Node::Ending(Ending {
            id: "end",
            debrief: "People who mean well can offer \"just one\" because they don't know how recovery works. You stayed sober, kept your friend, and celebrated your new job. Telling them how to help makes the next dinner easier.",
        }),
        Node::Ending(Ending {
            id: "end-close",
            debrief: "The glass was right in front of you during a toast, and you still didn't drink it. That is the skill working when it counts. Talk with someone from your program about tonight, and about how to celebrate the next big moment.",
        }),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::refusal::{
        suggested_lines, validate_library, Play, RefusalLines, MAX_LINE_CHARS,
        MIN_DECISIONS_PER_PATH,
    };

    #[test]
    fn every_bundled_scenario_validates() {
        if let Err(errors) = validate_library(SCENARIOS) {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("content errors:\n{}", list.join("\n"));
        }
    }

    #[test]
    fn the_library_covers_the_brief() {
        assert!(SCENARIOS.len() >= 10);
        for pressure in Pressure::ALL {
            assert!(
                SCENARIOS.iter().filter(|s| s.pressure == pressure).count() >= 3,
                "too few {} scenarios",
                pressure.id()
            );
        }
        // Every filter option finds something, so the list is never empty after filtering.
        for setting in Setting::ALL {
            assert!(SCENARIOS.iter().any(|s| s.matches(Some(setting), None)));
        }
        for substance in Substance::ALL {
            assert!(SCENARIOS.iter().any(|s| s.matches(None, Some(substance))));
        }
    }

    #[test]
    fn every_technique_is_used_somewhere() {
        let uses = |t: Technique| {
            SCENARIOS.iter().any(|s| {
                s.nodes
                    .iter()
                    .filter_map(|n| n.as_decision())
                    .any(|d| d.choices.iter().any(|c| c.uses.contains(&t)))
            })
        };
        for t in Technique::ALL {
            assert!(uses(t), "no choice uses {}", t.id());
        }
    }

    #[test]
    fn names_and_explanations_are_written() {
        for t in Technique::ALL {
            assert!(!technique_name(t).is_empty() && technique_explanation(t).ends_with('.'));
            let same = Technique::ALL
                .iter()
                .filter(|o| technique_name(**o) == technique_name(t));
            assert_eq!(same.count(), 1);
        }
        for s in Setting::ALL {
            assert!(!setting_name(s).is_empty());
        }
        for s in Substance::ALL {
            assert!(!substance_name(s).is_empty());
        }
        for p in Pressure::ALL {
            assert!(!pressure_name(p).is_empty());
        }
        for r in Rating::ALL {
            assert!(!rating_name(r).is_empty());
        }
    }

    /// Words that name each technique, to check feedback names what it teaches (CLINICAL.md
    /// section 4). A word matches a whole word of the feedback; a phrase matches anywhere.
    fn mentions(feedback: &str, technique: Technique) -> bool {
        let words: &[&str] = match technique {
            SayNoFirst => &["no", "say no", "said no"],
            SteadyVoice => &["steady"],
            SuggestAlternative => &[
                "something else",
                "suggest",
                "suggested",
                "instead",
                "another",
            ],
            AskToStop => &["stop", "ask", "asking", "asked", "request"],
            ChangeSubject => &["subject", "topic"],
            NoExcuses => &[
                "excuse",
                "excuses",
                "maybe",
                "later",
                "reason",
                "reasons",
                "explain",
                "explanation",
            ],
            NoGuilt => &["guilt", "guilty", "sorry", "feel bad"],
            BrokenRecord => &["broken record", "same", "again", "repeat", "repeating"],
            LeaveSituation => &[
                "leave", "leaving", "left", "step", "stepping", "away", "walk", "walking", "exit",
                "go", "going", "out",
            ],
            PlanAhead => &["plan", "planning", "planned"],
            ReachOut => &[
                "reach", "reaching", "reached", "call", "calling", "support", "tell", "telling",
            ],
        };
        let feedback = feedback.to_lowercase();
        let tokens: Vec<&str> = feedback
            .split(|ch: char| !ch.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().any(|w| {
            if w.contains(' ') {
                feedback.contains(w)
            } else {
                tokens.contains(w)
            }
        })
    }

    #[test]
    fn feedback_names_the_techniques() {
        let mut unnamed = Vec::new();
        for s in SCENARIOS {
            for d in s.nodes.iter().filter_map(|n| n.as_decision()) {
                for c in d.choices {
                    for &t in c.uses.iter().chain(c.misses) {
                        if !mentions(c.feedback, t) {
                            unnamed.push(format!("{} / {}: {}", s.id, c.id, t.id()));
                        }
                    }
                }
            }
        }
        assert!(
            unnamed.is_empty(),
            "feedback does not name:\n{}",
            unnamed.join("\n")
        );
    }

    #[test]
    fn ids_are_kebab_case_and_lines_fit_the_refusal_list() {
        let kebab = |id: &str| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        };
        for s in SCENARIOS {
            assert!(kebab(s.id), "{}", s.id);
            for n in s.nodes {
                assert!(kebab(n.id()), "{} / {}", s.id, n.id());
                for c in n.as_decision().map_or(&[][..], |d| d.choices) {
                    assert!(kebab(c.id), "{} / {}", s.id, c.id);
                    // Suggested lines must be keepable as they are.
                    let mut lines = RefusalLines::default();
                    assert!(c.text.chars().count() <= MAX_LINE_CHARS);
                    assert_eq!(lines.add(c.text, Some(s.id)), Ok(0));
                }
            }
        }
    }

    /// Whether a decision offers words worth keeping as a refusal line.
    fn offers_a_line(d: &Decision) -> bool {
        d.choices.iter().any(|c| {
            c.rating == Strong
                && c.act == Say
                && c.uses
                    .iter()
                    .any(|t| [SayNoFirst, BrokenRecord, AskToStop].contains(t))
        })
    }

    /// Walks every path through `s` from `at`, with `decisions` answered so far; `line` says
    /// whether a refusal line was offered on the way.
    fn walk_all(s: &Scenario, at: &str, decisions: usize, line: bool, paths: &mut usize) {
        let node = s
            .node(at)
            .expect("validated content has no dangling target");
        assert!(
            decisions <= s.nodes.len(),
            "{}: a path is longer than the graph",
            s.id
        );
        match node {
            Node::Ending(_) => {
                assert!(decisions >= MIN_DECISIONS_PER_PATH, "{}: short path", s.id);
                assert!(line, "{}: a path to {at} suggests no refusal line", s.id);
                *paths += 1;
            }
            Node::Decision(d) => {
                for c in d.choices {
                    walk_all(s, c.next, decisions + 1, line || offers_a_line(d), paths);
                }
            }
        }
    }

    #[test]
    fn every_path_of_every_scenario_ends_in_a_debrief() {
        for s in SCENARIOS {
            let mut paths = 0;
            walk_all(s, s.start, 0, false, &mut paths);
            assert!(paths >= 9, "{}: only {paths} paths", s.id);
        }
    }

    #[test]
    fn a_strong_run_and_a_weak_run_through_a_real_scenario() {
        let s = scenario("house-party").unwrap();
        let mut play = Play::new(s);
        for id in ["offer-no", "push-eye", "after-plan"] {
            play.choose(s, id).unwrap();
        }
        let d = play.debrief(s);
        assert!(d.is_complete());
        assert_eq!(d.overall, Some(Strong));
        assert!(d.missed.is_empty());
        assert!(d.steps.iter().all(|st| st.chose_strongest()));

        // "Maybe later" meets a second offer; retrying from the first decision starts over.
        let mut play = Play::new(s);
        play.choose(s, "offer-later").unwrap();
        assert_eq!(play.current(), "again");
        for id in ["again-take", "last-bit", "close-text"] {
            play.choose(s, id).unwrap();
        }
        let d = play.debrief(s);
        assert_eq!(d.ending.map(|e| e.id), Some("end-close"));
        assert_eq!(d.overall, Some(Risky));
        assert_eq!(d.steps[0].strongest.id, "offer-no");
        assert!(d.missed.contains(&NoExcuses));
        assert!(d.used.contains(&ReachOut));
        assert!(suggested_lines(s, &play)
            .contains(&"No thanks, I'm not drinking. Got any soda? Happy birthday!"));
        play.retry_from(0).unwrap();
        assert_eq!(play.current(), "offer");
        assert!(play.steps().is_empty());
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod paths {
        use super::super::SCENARIOS;
        use crate::core::refusal::{suggested_lines, Play};
        use proptest::collection::vec;
        use proptest::prelude::*;

        proptest! {
            /// Whatever the person picks, every bundled scenario reaches an ending within as
            /// many choices as it has nodes.
            #[test]
            fn any_choices_reach_an_ending(
                which in 0..SCENARIOS.len(),
                picks in vec(any::<usize>(), 0..24),
            ) {
                let s = &SCENARIOS[which];
                let mut play = Play::new(s);
                let mut picks = picks.into_iter();
                for _ in 0..s.nodes.len() {
                    let Some(d) = play.current_decision(s) else { break };
                    let pick = picks.next().unwrap_or(0) % d.choices.len();
                    prop_assert!(play.choose(s, d.choices[pick].id).is_ok());
                }
                prop_assert!(play.is_finished(s));
                let debrief = play.debrief(s);
                prop_assert!(debrief.is_complete());
                prop_assert!(debrief.steps.len() >= 3);
                prop_assert_eq!(play.verify(s), Ok(()));
                // Every path offers at least one line worth keeping.
                prop_assert!(!suggested_lines(s, &play).is_empty());
            }
        }
    }
}
