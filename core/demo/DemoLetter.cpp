#include "DemoData.h"
#include "letters/Annotations.h"
#include "letters/LetterStore.h"

namespace dit::demo {

// An invented goodbye letter in the shape DIT letters take (docs/LETTERS.md): background, the
// pattern (self, others, the feelings that link them and the ways of coping), how it showed
// between patient and therapist, what changed, what to keep in mind, goodbye. Alex and Ruth
// are made up; nothing here comes from a real person.
namespace {

LetterSection section(const char *key, const char *heading, const char *text)
{
    return {QString::fromLatin1(key), QString::fromUtf8(heading), QString::fromUtf8(text)};
}

const char *kBackground =
    "Dear Alex,\n\n"
    "When we first met, you told me you had come because your GP suggested it, and that you "
    "were not sure you deserved the time. You had been low for most of the last year, "
    "sleeping badly and finding it hard to see the point of things, and you were worried "
    "about *wasting a space* that someone else might need more. I want to begin by saying "
    "that you have not wasted a moment of this.";

const char *kSelf =
    "Together we came to understand how often you experience yourself as an afterthought: "
    "someone who should take up as little room as possible and ask for nothing. You gave us "
    "an image for this that has stayed with both of us: the *spare chair* at family dinners, "
    "fetched from the garage and squeezed in at the corner of the table. You said that is "
    "where you have sat for most of your life, and that part of you believes it is where you "
    "belong.";

const char *kOthers =
    "Alongside this, other people can seem busy, preoccupied and, underneath, a little "
    "irritated by you: your mum, who always had your brothers to worry about; your manager, "
    "who you expected to sigh whenever you knocked on her door; and, at times, me. When "
    "people are kind, you have often felt you must have fooled them, and waited for them to "
    "notice.";

const char *kFeelingsDraft =
    "When the spare-chair feeling is stirred, you feel ashamed of needing anything, and "
    "beneath the shame there is resentment you have found hard to allow yourself. You have "
    "dealt with these feelings by making yourself *no trouble*: working late without saying "
    "so and agreeing to plans you did not want.";

const char *kFeelingsFinal =
    "When the spare-chair feeling is stirred, you feel ashamed of needing anything, and "
    "beneath the shame there is resentment you have found hard to allow yourself. You have "
    "dealt with these feelings by making yourself *no trouble*: working late without saying "
    "so, agreeing to plans you did not want, and withdrawing before anyone could turn away "
    "from you first.\n\n"
    "It makes sense that you did this. It kept the peace. But it also left you lonely and "
    "tired, and it meant that other people rarely had the chance to show you that you "
    "matter to them.";

const char *kPatternDraft =
    "We saw this pattern between us too. In our early sessions you apologised for arriving, "
    "and twice you offered to give up your session so that someone \u201Cin a worse state\u201D "
    "could have it. When I told you about the break at Easter, you said it was fine, and "
    "then missed the next session. When we talked about it, you found it hard to say how "
    "you felt.";

const char *kPatternFinal =
    "We saw this pattern between us too. In our early sessions you apologised for arriving, "
    "and twice you offered to give up your session so that someone \u201Cin a worse state\u201D "
    "could have it. When I told you about the break at Easter, you said it was fine, and "
    "then missed the next session. When we talked about it, you were able to say that you "
    "had felt dropped, and angry with me, and that saying so felt dangerous.\n\n"
    "It was an important moment: you were angry, you said so, and we were both still here.";

const char *kChangedDraft =
    "Since then you have taken some real risks. You told your manager that your workload "
    "was not manageable, and she listened. Your scores on the weekly forms have come down.";

const char *kChangedFinal =
    "Since then you have taken some real risks. You told your manager that your workload "
    "was not manageable, and she listened. You told your sister Jo that you had felt left "
    "out at Christmas, and she said she had not known.\n\n"
    "Your scores on the weekly forms have come down, but more than that, you have said you "
    "feel *more like a person at the table and less like a guest*. You have also begun to "
    "notice the pattern as it starts, which gives you a choice you did not have before.";

const char *kKeep =
    "The ending of our work may itself stir the old feeling that you are being let go "
    "because you were not important enough to keep. If that happens, I hope you can notice "
    "it as the pattern we know, rather than the truth about you.\n\n"
    "There will be times when you slip back into being no trouble. When that happens, it "
    "may help to ask yourself what you would say if you were sure you were allowed to say "
    "it.";

const char *kEndingDraft =
    "It has been a privilege to work with you, Alex. I will remember your dry humour, and "
    "the way you kept coming back even when part of you wanted to disappear.\n\n"
    "With best wishes,\u2028"
    "Ruth";

const char *kEndingFinal =
    "It has been a privilege to work with you, Alex. I will remember your dry humour, and "
    "the way you kept coming back even when part of you wanted to disappear. You were never "
    "a spare chair here.\n\n"
    "With warm wishes,\u2028"
    "Ruth";

const char *kReply =
    "Dear Ruth,\n\n"
    "Thank you for the letter. I have read it more times than I would admit to you. It was "
    "strange to see myself written down like that, strange in a good way mostly. I did not "
    "expect it to be so *kind*.\n\n"
    "You were right about the spare chair. I noticed it at Jo's birthday: I went to sit at "
    "the corner, and then I didn't. I sat next to her. Nobody made a speech about it, but I "
    "knew.\n\n"
    "The part about being angry at Easter is still hard to read. I want to keep it, though, "
    "because it is true, and because nothing terrible happened when I said it.\n\n"
    "I am scared about not having our sessions any more. I am going to try to notice that as "
    "the pattern, and not as proof of anything.\n\n"
    "Thank you for making room for me.\n\n"
    "Alex";

} // namespace

Letter therapistLetter(bool final, const QDate &date)
{
    Letter l;
    l.author = LetterAuthor::Therapist;
    l.title = QStringLiteral("Our work together");
    l.date = date;
    l.source = QStringLiteral("typed");
    l.sections = {
        section("background", "", kBackground),
        section("self", "Experiences of your self", kSelf),
        section("others", "Experiences of others", kOthers),
        section("feelings", "How this makes you feel and how you deal with these feelings",
                final ? kFeelingsFinal : kFeelingsDraft),
        section("pattern", "The pattern between us in therapy",
                final ? kPatternFinal : kPatternDraft),
        section("changed", "Therapy so far and what you\u2019ve achieved",
                final ? kChangedFinal : kChangedDraft),
        section("keep", "What to keep in mind", kKeep),
        section("ending", "Conclusion", final ? kEndingFinal : kEndingDraft),
    };
    return l;
}

namespace {

// Marks the first place `quote` appears, as the person would by selecting it.
Status markPassage(Store &store, const Letter &letter, const Record &version, const char *quote,
                   const char *note = nullptr)
{
    const QString q = QString::fromUtf8(quote);
    for (int s = 0; s < letter.sections.size(); ++s) {
        const QStringList blocks = letters::blockTexts(letter, s);
        for (int b = 0; b < blocks.size(); ++b) {
            const int at = int(blocks.at(b).indexOf(q));
            if (at < 0)
                continue;
            auto anchor = letters::anchorFor(letter, version.thread, version.id, s, b, at,
                                             at + int(q.size()));
            if (!anchor)
                return anchor.error();
            AnnotationStore notes(store.records());
            auto saved = note ? notes.addNote(anchor.value(), QString::fromUtf8(note))
                              : notes.addHighlight(anchor.value());
            if (!saved)
                return saved.error();
            return {};
        }
    }
    return makeError(ErrorCode::Internal, QStringLiteral("demo passage not found"));
}

} // namespace

// Ending (heading to session 14): the draft received in session 13. After: the revised
// final version, the patient's reply and a few marked passages.
Status fillLetter(Store &store, const QDateTime &now, Stage stage)
{
    if (stage != Stage::Ending && stage != Stage::After)
        return {};
    // The course's dates: see DemoCourse.cpp (next session two days ahead; after the
    // course, the last session was three weeks ago).
    const QDate today = now.toLocalTime().date();
    const QDate session13 = stage == Stage::Ending ? today.addDays(2 - 7) : today.addDays(-42);
    LetterStore letters(store.records());
    auto draft = letters.create(therapistLetter(false, session13));
    if (!draft)
        return draft.error();
    if (auto shared = letters.mark(draft.value().id, VersionMark::Shared); !shared)
        return shared.error();
    if (stage == Stage::Ending)
        return {};

    const Letter finalLetter = therapistLetter(true, session13.addDays(14));
    auto final = letters.revise(draft.value().id, finalLetter);
    if (!final)
        return final.error();
    for (const VersionMark m : {VersionMark::Shared, VersionMark::Final})
        if (auto marked = letters.mark(final.value().id, m); !marked)
            return marked.error();

    Letter reply;
    reply.author = LetterAuthor::Patient;
    reply.title = QStringLiteral("My reply");
    reply.date = session13.addDays(21);
    reply.inReplyTo = draft.value().thread;
    reply.sections = {section("reply", "", kReply)};
    if (auto saved = letters.create(reply); !saved)
        return saved.error();

    for (const auto &[quote, note] : QList<std::pair<const char *, const char *>>{
             {"You were never a spare chair here.", nullptr},
             {"more like a person at the table and less like a guest", nullptr},
             {"saying so felt dangerous", "This is the bit to remember when I go quiet at work."}})
        if (Status s = markPassage(store, finalLetter, final.value(), quote, note); !s)
            return s;
    return {};
}

} // namespace dit::demo
